import { cvssBaseScore } from '../../src/core/reports/vulns/cvss.js';

// Base scores as NVD states them for these CVEs' vectors.
describe('cvssBaseScore', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5], // CVE-2022-24713 (regex)
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:H', 8.6], // CVE-2021-3121 (gogo/protobuf)
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0], // CVE-2021-44228 (log4j)
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5], // CVE-2014-0160 (heartbleed)
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1], // CVE-2020-11022 (jQuery XSS)
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8], // CVE-2017-5638 (Struts)
    ['AV:N/AC:M/Au:N/C:C/I:C/A:C', 9.3], // CVE-2021-44228, CVSS v2
    ['AV:N/AC:L/Au:N/C:P/I:N/A:N', 5.0] // CVE-2014-0160, CVSS v2
  ])('%s is %s', (vector, score) => {
    expect(cvssBaseScore(vector)).toBe(score);
  });

  it('does not score v4 vectors or anything else', () => {
    expect(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBeNull();
    expect(cvssBaseScore('CVSS:3.1/AV:X')).toBeNull();
    expect(cvssBaseScore('HIGH')).toBeNull();
  });
});
