import { describe, expect, it } from 'vitest';
import { Nq4Error } from '../../src/errors.js';
import { DISCIPLINE_FORM_LABELS, DISCIPLINE_FORMS, NON_DISCIPLINARY_MEASURES } from '../../src/i18n/vocabulary.js';
import { DISCIPLINE_FORM_LISTS, listDisciplineForms, isDisciplineForm, isNonDisciplinaryMeasure } from '../../src/discipline/forms.js';

describe('closed lists per subject (Điều lệ Điều 35 khoản 2; QĐ 69 Điều 7)', () => {
  it('organizations: khiển trách, cảnh cáo, giải tán', () => {
    const f = listDisciplineForms('organization', { on: '2024-01-01' });
    expect(f.map((x) => x.form)).toEqual(['reprimand', 'warning', 'dissolution']);
    expect(f.map((x) => x.label.vi)).toEqual(['khiển trách', 'cảnh cáo', 'giải tán']);
    expect(f.map((x) => x.rank)).toEqual([1, 2, 3]);
  });

  it('official members: four forms; cách chức only with a post', () => {
    expect(listDisciplineForms('officialMember', { on: '2024-01-01', holdsPost: true }).map((x) => x.form)).toEqual(['reprimand', 'warning', 'removalFromPost', 'expulsion']);
    expect(listDisciplineForms('officialMember', { on: '2024-01-01', holdsPost: false }).map((x) => x.form)).toEqual(['reprimand', 'warning', 'expulsion']);
    const unknownPost = listDisciplineForms('officialMember', { on: '2024-01-01' });
    expect(unknownPost.find((x) => x.form === 'removalFromPost')?.requiresPost).toBe(true);
    expect(listDisciplineForms('officialMember', { on: '2024-01-01', holdsPost: true }).find((x) => x.form === 'removalFromPost')?.requiresPost).toBe(false);
  });

  it('probationary members: khiển trách, cảnh cáo, whatever holdsPost says', () => {
    expect(listDisciplineForms('probationaryMember', { on: '2016-06-01', holdsPost: true }).map((x) => x.form)).toEqual(['reprimand', 'warning']);
  });

  it('citations: the Charter always; QĐ 69 Điều 7 from 06-07-2022; the post condition before it is marked inferred', () => {
    const before = listDisciplineForms('officialMember', { on: '2022-07-05' })[0]!.sources;
    expect(before[0]?.quoteVi).toContain('Đối với đảng viên chính thức : khiển trách, cảnh cáo, cách chức, khai trừ;');
    expect(before[1]?.status).toBe('inferred');
    const after = listDisciplineForms('officialMember', { on: '2022-07-06' })[0]!.sources;
    expect(after.map((c) => c.document.key)).toEqual(['Điều lệ Đảng@2011-01-19', '69-QĐ/TW@2022-07-06']);
    expect(after[1]?.quoteVi).toContain('cách chức (nếu có chức vụ)');
  });

  it('labels and severity come from the shared vocabulary', () => {
    for (const f of listDisciplineForms('officialMember', { on: '2024-01-01', holdsPost: true })) expect(f.label).toBe(DISCIPLINE_FORM_LABELS[f.form]);
    const sev = listDisciplineForms('officialMember', { on: '2024-01-01', holdsPost: true }).map((x) => x.severity);
    expect([...sev].sort((a, b) => a - b)).toEqual(sev);
  });

  it('the lists are frozen data and never contain a non-disciplinary measure', () => {
    expect(Object.isFrozen(DISCIPLINE_FORM_LISTS.organization[0]?.forms)).toBe(true);
    for (const versions of Object.values(DISCIPLINE_FORM_LISTS)) {
      for (const v of versions) for (const f of v.forms) expect(NON_DISCIPLINARY_MEASURES as readonly string[]).not.toContain(f);
    }
  });

  it('bad input names the field', () => {
    const issue = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        expect(e).toBeInstanceOf(Nq4Error);
        return [(e as Nq4Error).issues[0].code, (e as Nq4Error).issues[0].path.join('.')];
      }
      throw new Error('no error');
    };
    expect(issue(() => listDisciplineForms('cadre' as never, { on: '2024-01-01' }))).toEqual(['invalid_value', 'subject']);
    expect(issue(() => listDisciplineForms('organization', { on: '2024-02-30' }))).toEqual(['invalid_date', 'options.on']);
    // Issue 15: one path convention, the option's path from the argument root (as invalid_date above).
    expect(issue(() => listDisciplineForms('organization', { on: '2010-12-31' }))).toEqual(['no_rule_set', 'options.on']);
  });
});

describe('the two vocabularies never overlap', () => {
  it.each(DISCIPLINE_FORMS)('%s is a form, not a measure', (f) => {
    expect(isDisciplineForm(f)).toBe(true);
    expect(isNonDisciplinaryMeasure(f)).toBe(false);
  });
  it.each(NON_DISCIPLINARY_MEASURES)('%s is a measure, not a form', (m) => {
    expect(isDisciplineForm(m)).toBe(false);
    expect(isNonDisciplinaryMeasure(m)).toBe(true);
  });
  it('other values are neither', () => {
    expect(isDisciplineForm('khiển trách')).toBe(false);
    expect(isNonDisciplinaryMeasure(42)).toBe(false);
  });
});
