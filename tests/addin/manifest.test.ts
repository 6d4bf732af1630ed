/**
 * @jest-environment jsdom
 *
 * `office-addin-manifest validate` needs Microsoft's online service for XML manifests, so the
 * manifest is checked here offline: the library's own parser (run in plain node, because jest maps
 * the package to a stub: its ESM-only dependencies cannot load here) plus the XSD rules that parser
 * does not look at (element order, requirement set, zh-CN overrides, resource ids, icon files).
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const root = path.resolve(__dirname, '..', '..');
const manifestPath = path.join(root, 'manifest.xml');
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const ORIGIN = 'https://localhost:3000/';

const doc = new DOMParser().parseFromString(fs.readFileSync(manifestPath, 'utf8'), 'application/xml');

function children(el: Element): string[] {
  return [...el.children].map((c) => c.tagName);
}

function one(selector: string, from: ParentNode = doc): Element {
  const found = from.querySelectorAll(selector);
  if (found.length !== 1) throw new Error(`expected one ${selector}, found ${found.length}`);
  return found[0];
}

/** XSD sequences, in order; optional elements may be absent but never out of place. */
const SEQUENCES: Record<string, string[]> = {
  OfficeApp: [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'Dictionary',
    'VersionOverrides',
  ],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Action: ['TaskpaneId', 'SourceLocation', 'Title'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
};

describe('manifest.xml as office-addin-manifest reads it', () => {
  const info = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-e',
        "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
          '.then((m) => process.stdout.write(JSON.stringify(m)))',
        manifestPath,
      ],
      { cwd: root, encoding: 'utf8', timeout: 30_000 }
    )
  );

  it('is an Excel task pane add-in with read/write access served from localhost:3000', () => {
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultSettings.sourceLocation).toBe(`${ORIGIN}taskpane.html`);
    expect(info.defaultLocale).toBe('en-US');
    expect(info.displayName).toBe('FundCheck');
    expect(info.description).toMatch(/trade-union fund books/);
  });
});

describe('manifest.xml beyond what the library parses', () => {
  it('is well-formed XML', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.tagName).toBe('OfficeApp');
  });

  it.each(Object.entries(SEQUENCES))('keeps the children of every %s in XSD order', (parent, order) => {
    const elements = parent === 'OfficeApp' ? [doc.documentElement] : [...doc.getElementsByTagName(parent)];
    expect(elements.length).toBeGreaterThan(0);
    for (const el of elements) {
      const positions = children(el).map((c) => order.indexOf(c));
      expect(positions).not.toContain(-1);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('requires ExcelApi 1.7 and nothing newer', () => {
    const sets = [...doc.querySelectorAll('OfficeApp > Requirements > Sets > Set')].map((s) => [
      s.getAttribute('Name'),
      s.getAttribute('MinVersion'),
    ]);
    expect(sets).toEqual([['ExcelApi', '1.7']]);
  });

  it('names and describes the add-in in Chinese for zh-CN Office', () => {
    for (const tag of ['DisplayName', 'Description']) {
      const override = one(`OfficeApp > ${tag} > Override`);
      expect(override.getAttribute('Locale')).toBe('zh-CN');
      expect(override.getAttribute('Value')).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(one('OfficeApp > DisplayName > Override').getAttribute('Value')).toBe('经费审查助手');
  });

  it('puts one button on the Home tab that opens the task pane, labelled in both languages', () => {
    const tab = one('OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const action = one('Control > Action', tab);
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    const strings = [...doc.getElementsByTagNameNS(BT, 'String')];
    expect(strings.length).toBeGreaterThan(0);
    const withoutChinese = strings
      .filter((s) => !/[\u4e00-\u9fff]/.test(s.querySelector('[Locale="zh-CN"]')?.getAttribute('Value') ?? ''))
      .map((s) => s.getAttribute('id'));
    expect(withoutChinese).toEqual([]);
  });

  it('resolves every resid, loads the function file and the pane from the dev origin', () => {
    const ids = new Set([...doc.querySelectorAll('Resources [id]')].map((r) => r.getAttribute('id')));
    for (const ref of doc.querySelectorAll('[resid]')) expect(ids).toContain(ref.getAttribute('resid'));
    const url = (resid: string) => one(`[id="${resid}"]`).getAttribute('DefaultValue');
    expect(url(one('FunctionFile').getAttribute('resid') ?? '')).toBe(`${ORIGIN}commands.html`);
    expect(url(one('Action > SourceLocation').getAttribute('resid') ?? '')).toBe(`${ORIGIN}taskpane.html`);
  });

  it('points every icon at a PNG in assets/ of the size it claims', () => {
    const urls = [...doc.querySelectorAll('IconUrl, HighResolutionIconUrl'), ...doc.getElementsByTagNameNS(BT, 'Image')]
      .map((el) => el.getAttribute('DefaultValue'))
      .filter((u): u is string => u !== null);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const u of urls) {
      expect(u.startsWith(`${ORIGIN}assets/`)).toBe(true);
      const png = fs.readFileSync(path.join(root, u.slice(ORIGIN.length)));
      const size = Number(/icon-(\d+)\.png$/.exec(u)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
