/**
 * The manifest asks only for ExcelApi 1.7 (Office 2019 volume-licensed copies stop there), so newer
 * APIs are used only after asking the host at run time.
 */
export type ExcelApiVersion = '1.8' | '1.9' | '1.10' | '1.11' | '1.12' | '1.13' | '1.14' | '1.15' | '1.16' | '1.17';

export interface RequirementSets {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Outside Office (a plain browser, tests) there is no requirements object: nothing is supported. */
export function supports(version: ExcelApiVersion, requirements: RequirementSets | undefined = officeRequirements()): boolean {
  return requirements?.isSetSupported('ExcelApi', version) ?? false;
}

function officeRequirements(): RequirementSets | undefined {
  return typeof Office === 'undefined' ? undefined : Office.context?.requirements;
}
