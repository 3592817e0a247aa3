/** Every "a b" of two word lists, for phrase families written once ("video is" x "black", "starts out" x "fine"). */
export const cross = (as: readonly string[], bs: readonly string[]): string[] => as.flatMap((a) => bs.map((b) => `${a} ${b}`));
