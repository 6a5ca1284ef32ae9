const rad = Math.PI / 180;

/**
 * The Sun's apparent geocentric longitude in degrees at the Julian Ephemeris Day `jde`, by Jean Meeus,
 * *Astronomical Algorithms* (2nd ed.), chapter 25, the method of "low accuracy" (about 0.01°): mean
 * longitude plus the equation of the centre, corrected for nutation and aberration.
 *
 * The result is NOT reduced to 0-360°: it grows by 360° a year (it is about 280° at 2000-01-01 and
 * 640° a year later), so `Math.floor(longitude / 30)` counts solar terms without wrapping.
 *
 * @example
 * ```ts
 * ((solarLongitude(2448908.5) % 360) + 360) % 360; // 199.90895…: 1992-10-13 0h TD (Meeus, example 25.a)
 * ```
 */
export const solarLongitude = (jde: number): number => {
  const t = (jde - 2451545) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const meanAnomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * rad;
  const centre =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.000289 * Math.sin(3 * meanAnomaly);
  const omega = (125.04 - 1934.136 * t) * rad;
  return meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(omega);
};
