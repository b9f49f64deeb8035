// Preloaded (node -r) by runAction's `clock` option: the process's clock starts at the instant in
// PG_TEST_CLOCK (an ISO time) and runs on in real time. The product has no clock hook of its own:
// a test moves time for the whole process, as a machine with another date would.
'use strict';
const start = Date.parse(process.env.PG_TEST_CLOCK || '');
if (Number.isNaN(start)) throw new Error(`PG_TEST_CLOCK is not an ISO time: ${process.env.PG_TEST_CLOCK}`);
const RealDate = Date;
const realNow = RealDate.now.bind(RealDate);
const began = realNow();
const now = () => start + (realNow() - began);
class TestDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(now());
    else super(...args);
  }
  static now() {
    return now();
  }
}
globalThis.Date = TestDate;
