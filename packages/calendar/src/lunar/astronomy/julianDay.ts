/** The Julian Day of 1970-01-01 00:00 UT: day number 0 of `dayNumberOf`. */
export const unixEpochJulianDay = 2440587.5;
