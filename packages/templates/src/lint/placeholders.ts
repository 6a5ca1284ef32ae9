/**
 * A blank a template leaves to be filled in: a run of dots, ellipses or underscores, a mail-merge field
 * («{{so_ky_hieu}}», or Word's «MERGEFIELD» result «so_ky_hieu»), or a bracketed hint («[Địa danh]»).
 */
export const placeholder = /(?:\.{2,}|…+|_{2,}|\{\{[^{}\n]{1,60}\}\}|«[^«»\n]{1,60}»|\[[^[\]\n]{1,60}\])/u;

/** A mail-merge field standing for a whole component: «{{dia_danh_thoi_gian}}». */
export const isMergeField = (text: string): boolean => /^(?:\{\{[^{}\n]{1,60}\}\}|«[^«»\n]{1,60}»)$/u.test(text.trim());

/** Whether `text` is only blanks: spaces, dots, ellipses, underscores, or nothing. */
export const isBlank = (text: string): boolean => /^[\s.…_]*$/u.test(text);
