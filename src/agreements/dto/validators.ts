/** Exact non-negative decimal amounts as strings, up to 18 digits and 2 decimals (the currency may allow fewer). */
export const amountPattern = /^\d{1,18}(\.\d{1,2})?$/;

/** Percentages with up to two decimals, 0 to 100. */
export const percentPattern = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

