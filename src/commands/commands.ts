/**
 * The ribbon's function file (FunctionFile in manifest.xml). Commands that run without the pane
 * would register here with Office.actions.associate; FundCheck's one button opens the task pane,
 * which needs no code, so this page only initialises Office.js as every add-in page must.
 */
Office.onReady();
