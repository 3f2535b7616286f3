/**
 * What every family of reconciliation findings shares: where a figure is (lazily built paths),
 * the resolved options, the finding sink, and how a figure or a number is written in both
 * languages.
 * @module
 */
import { deepFreeze } from '../../_lib/freeze.js';
import { explain, NOT_AN_OFFICIAL_DECISION, type AppliedOption, type Reason } from '../../explain/explanation.js';
import { formatNumberEn, formatNumberVi } from '../../i18n/format.js';
import type { Label } from '../../i18n/label.js';
import {
  DISCIPLINE_FORM_LABELS,
  NON_DISCIPLINARY_MEASURE_LABELS,
  RATING_LEVEL_LABELS,
  type DisciplineForm,
  type NonDisciplinaryMeasure,
  type RatingLevel,
} from '../../i18n/vocabulary.js';
import type { FigureSubject, ReconcileCode, ReconcileFinding, ReconcileOptions, StatedFigure, StatedGroup } from '../reconcileTypes.js';
import { figureLabel, MEASURE_LABELS, OPTION_EFFECTS, orBetterLabel, SUBJECT_LABELS } from './messages.js';

export type Figure = StatedFigure;
export type Group = StatedGroup;
export type Path = (string | number)[];

/** Subjects that are people (members, individuals); the others are collectives. */
export const INDIVIDUAL_SUBJECTS = /* @__PURE__ */ new Set<FigureSubject>(['member', 'officialMember', 'probationaryMember', 'individual']);

/** {@link ReconcileOptions} with every default filled in. */
export type ResolvedOptions = { readonly [K in keyof ReconcileOptions]-?: Exclude<ReconcileOptions[K], undefined> };

/** Fill in the defaults of the options (each a decision of hierarchy-review-reports.md §5). */
export function resolveOptions(o: ReconcileOptions): ResolvedOptions {
  return {
    quotaFormula: o.quotaFormula ?? 'literal',
    outstandingUnitException: o.outstandingUnitException ?? false,
    extendedOutcomesUnderDiscipline: o.extendedOutcomesUnderDiscipline ?? 'classify',
    pendingInTotal: o.pendingInTotal ?? true,
    percentRounding: o.percentRounding ?? 'either',
    percentTolerance: o.percentTolerance ?? 1,
    missingChildFigures: o.missingChildFigures ?? 'skip',
  };
}

// The applied options of each distinct setting, made and frozen once: every result of reconcile
// lists them, and the reader reconciles once per report of an archive, where freezing seven fresh
// records per call was a good part of a call. Frozen, so sharing them changes nothing a caller can
// see; bounded, so that many distinct tolerances cannot grow it.
const appliedMemo = /* @__PURE__ */ new Map<string, readonly AppliedOption[]>();

/** The options used, with their effect, in the order of {@link ReconcileOptions} (frozen, shared between results). */
export function appliedOptions(opts: ResolvedOptions): readonly AppliedOption[] {
  const key = `${opts.quotaFormula}|${String(opts.outstandingUnitException)}|${opts.extendedOutcomesUnderDiscipline}|${String(opts.pendingInTotal)}|${opts.percentRounding}|${Object.is(opts.percentTolerance, -0) ? '-0' : String(opts.percentTolerance)}|${opts.missingChildFigures}`;
  let list = appliedMemo.get(key);
  if (list === undefined) {
    list = deepFreeze(listOptions(opts));
    if (appliedMemo.size >= 64) appliedMemo.clear();
    appliedMemo.set(key, list);
  }
  return list;
}

function listOptions(opts: ResolvedOptions): AppliedOption[] {
  return [
    { name: 'quotaFormula', value: opts.quotaFormula, effect: OPTION_EFFECTS.quotaFormula(opts.quotaFormula) },
    { name: 'outstandingUnitException', value: opts.outstandingUnitException, effect: OPTION_EFFECTS.outstandingUnitException },
    { name: 'extendedOutcomesUnderDiscipline', value: opts.extendedOutcomesUnderDiscipline, effect: OPTION_EFFECTS.extendedOutcomesUnderDiscipline },
    { name: 'pendingInTotal', value: opts.pendingInTotal, effect: OPTION_EFFECTS.pendingInTotal },
    { name: 'percentRounding', value: opts.percentRounding, effect: OPTION_EFFECTS.percentRounding },
    { name: 'percentTolerance', value: opts.percentTolerance, effect: OPTION_EFFECTS.percentTolerance },
    { name: 'missingChildFigures', value: opts.missingChildFigures, effect: OPTION_EFFECTS.missingChildFigures },
  ];
}

/** Collects findings in the order they are found; {@link sorted} puts errors first. */
export class FindingSink {
  readonly findings: ReconcileFinding[] = [];

  add(
    code: ReconcileCode,
    severity: ReconcileFinding['severity'],
    path: Path,
    figures: { path: Path; value: number }[],
    outcome: Label,
    reasons: Reason[],
    extra: { ruleSet?: { id: string; label: Label }; caveats?: Label[] } = {},
  ): void {
    this.findings.push({
      code,
      severity,
      path,
      figures,
      explanation: explain({
        outcome: { code, label: outcome },
        ...(extra.ruleSet ? { ruleSet: extra.ruleSet } : {}),
        reasons,
        caveats: [...(extra.caveats ?? []), NOT_AN_OFFICIAL_DECISION],
      }),
    });
  }

  /** Errors first, then warnings, then notes; in the order found within each. */
  sorted(): ReconcileFinding[] {
    const rank = { error: 0, warning: 1, note: 2 } as const;
    return this.findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
      .map((x) => x.f);
  }
}

/**
 * Where a child report sits, as a link to its parent's place: the path array is built only when a
 * node needs one (it has groups or an issue), so a chain of children 10,000 deep costs no
 * quadratic copying of paths.
 */
export class PathRef {
  private cached: Path | undefined;
  constructor(
    private readonly up: PathRef | undefined,
    private readonly ci: number,
  ) {}
  get path(): Path {
    if (this.cached) return this.cached;
    const chain: PathRef[] = [];
    let at: PathRef | undefined = this;
    while (at !== undefined && at.cached === undefined) {
      chain.push(at);
      at = at.up;
    }
    let p: Path = at?.cached ?? [];
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i] as PathRef;
      p = link.up === undefined ? [] : [...p, 'children', link.ci];
      link.cached = p;
    }
    return p;
  }
}

/** A figure and where it is; the path array is built only when asked for (most figures never are). */
export class Located {
  constructor(
    readonly f: Figure,
    private readonly gp: Path,
    private readonly k: 'total' | 'parts' | 'subsets',
    private readonly i: number,
  ) {}
  get path(): Path {
    return this.k === 'total' ? [...this.gp, 'total'] : [...this.gp, this.k, this.i];
  }
}

/** How many decimals a number prints with (up to 20). */
export function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  const e = s.indexOf('e-');
  if (e >= 0) return Math.min(20, Number(s.slice(e + 2)) + (s.indexOf('.') >= 0 ? e - s.indexOf('.') - 1 : 0));
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(20, s.length - dot - 1);
}

/** A number in both languages, with as many decimals as it has. */
export const num = (v: number): Label => ({ vi: formatNumberVi(v, decimalsOf(v)), en: formatNumberEn(v, decimalsOf(v)) });
/** A number in both languages with a fixed number of decimals. */
export const numFixed = (v: number, decimals: number): Label => ({ vi: formatNumberVi(v, decimals), en: formatNumberEn(v, decimals) });
/** "30 + 12 + 5" in both languages. */
export const sumOf = (values: readonly number[]): Label => ({
  vi: values.map((v) => formatNumberVi(v, decimalsOf(v))).join(' + '),
  en: values.map((v) => formatNumberEn(v, decimalsOf(v))).join(' + '),
});

function categoryLabel(f: Figure): Label | undefined {
  if (f.category === undefined) return undefined;
  if (f.measure === 'discipline') return DISCIPLINE_FORM_LABELS[f.category as DisciplineForm];
  if (f.measure === 'nonDisciplinary') return NON_DISCIPLINARY_MEASURE_LABELS[f.category as NonDisciplinaryMeasure];
  const l = RATING_LEVEL_LABELS[f.category as RatingLevel];
  return f.orBetter ? orBetterLabel(l) : l;
}

/** "30 (đảng viên, khiển trách)" — the figure named in both languages. */
export function describe(f: Figure): Label {
  const parts: Label[] = [];
  if (f.subject) parts.push(SUBJECT_LABELS[f.subject]);
  const cat = categoryLabel(f);
  if (cat) parts.push(cat);
  else parts.push(MEASURE_LABELS[f.measure]);
  if (f.subset) parts.push({ vi: f.subset, en: f.subset });
  const n = num(f.value);
  return figureLabel(n, parts);
}

/** The label of a figure, built on first use: most figures never need one. */
export function lazyDescribe(f: Figure): () => Label {
  let d: Label | undefined;
  return () => (d ??= describe(f));
}
