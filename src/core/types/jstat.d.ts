/** The part of jStat FundCheck uses; the package ships no types. */
declare module 'jstat' {
  export const jStat: {
    readonly chisquare: {
      /** P(X ≤ x) for a chi-square variable with `dof` degrees of freedom. */
      cdf(x: number, dof: number): number;
    };
  };
}
