/**
 * Counting decisions the way reports do, without the mix-ups of the seeds (discipline.md §7, I):
 * only the Charter forms of §2.1 count as discipline, split by subject; nhắc nhở, kiểm điểm rút
 * kinh nghiệm, KHTNV ratings, xóa tên, đình chỉ sinh hoạt … are counted apart and can never be
 * added into discipline. The result is the shared {@link Tally}.
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { fromZodIssues, Nq4Error, parseInput, toSafe, type Nq4Issue, type SafeResult } from '../errors.js';
import {
  DISCIPLINE_FORMS,
  NON_DISCIPLINARY_MEASURES,
  type DisciplineForm,
  type NonDisciplinaryMeasure,
  type SubjectKind,
} from '../i18n/vocabulary.js';
import { TALLY_DISCIPLINE_SUBJECTS, tally, type Counts, type Tally, type TallyDisciplineSubject } from '../tally/tally.js';
import { formAllowedFor } from './forms.js';
import { addRuleIssue, isFormCode, ISSUE_LIMIT, required } from './schemas.js';
import { throwIssues } from '../_lib/schema.js';
import * as SRC from './sources.js';
import { FORM_VALIDATION_MESSAGES } from './_messages.js';

/**
 * One decision (or `count` identical ones) to tally.
 * @example
 * ```ts
 * import { tallyDisciplines, type DisciplineRecord } from 'nq4';
 * const records: DisciplineRecord[] = [
 *   { subject: 'member', outcome: 'warning', count: 2 },
 *   { subject: 'member', outcome: 'reminder' },
 * ];
 * tallyDisciplines(records).total; // 3
 * ```
 * @category Discipline
 */
export interface DisciplineRecord {
  /** Who: a Charter subject, or `member` for "đảng viên" of unstated status. */
  readonly subject: TallyDisciplineSubject;
  /** A disciplinary form, or a non-disciplinary measure (counted apart). */
  readonly outcome: DisciplineForm | NonDisciplinaryMeasure;
  /** How many identical decisions this row stands for (default 1). */
  readonly count?: number;
}

/**
 * The answer of {@link tallyDisciplines}.
 * @example
 * ```ts
 * import { tallyDisciplines, type DisciplineTallyResult } from 'nq4';
 * const r: DisciplineTallyResult = tallyDisciplines([{ subject: 'organization', outcome: 'reprimand' }, { subject: 'member', outcome: 'removalFromRolls' }]);
 * [r.disciplined.collective, r.nonDisciplinary.individual]; // [1, 1]
 * ```
 * @category Discipline
 */
export interface DisciplineTallyResult {
  /** The shared tally: `disciplines` by subject and form, `nonDisciplinary` by subject kind and measure. */
  readonly tally: Tally;
  /** Disciplined subjects by kind (individuals, collectives). */
  readonly disciplined: Counts<SubjectKind>;
  /** Non-disciplinary outcomes by kind, never part of `disciplined`. */
  readonly nonDisciplinary: Counts<SubjectKind>;
  /** All decisions counted, both kinds (disciplined + non-disciplinary). */
  readonly total: number;
}

const recordSchema = () =>
  z
    .strictObject({
      subject: required(z.enum(TALLY_DISCIPLINE_SUBJECTS)),
      outcome: required(z.enum([...DISCIPLINE_FORMS, ...NON_DISCIPLINARY_MEASURES])),
      count: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1_000_000_000))),
    })
    .check(z.superRefine((r, ctx) => {
      if (!isFormCode(r.outcome)) return;
      const ok = r.subject === 'member' ? formAllowedFor('officialMember', r.outcome) : formAllowedFor(r.subject, r.outcome);
      if (!ok) {
        const m = FORM_VALIDATION_MESSAGES.formNotInSubjectList;
        addRuleIssue(ctx, ['outcome'], { nq4Code: 'rule_violation', messageVi: m.vi, messageEn: m.en, source: SRC.charter35 });
      }
    }),
  );

const recordsSchema = /* @__PURE__ */ z.lazy(() => z.array(z.unknown()).check(z.maxLength(10_000_000)));
/** A list of `DisciplineRecord`, each checked (parsed a chunk at a time). @internal */
export const disciplineRecordsSchema = /* @__PURE__ */ z.lazy(() => z.array(recordSchema()));
/** Records are checked this many at a time: a bad chunk costs a few hundred issues at most. */
const CHUNK = 256;

/** The records, checked chunk by chunk; validation stops once ISSUE_LIMIT issues are collected. */
function parseRecords(records: unknown): z.output<typeof disciplineRecordsSchema> {
  const list = parseInput(recordsSchema, records, ['records']);
  const rows: z.output<typeof disciplineRecordsSchema> = [];
  const issues: Nq4Issue[] = [];
  for (let start = 0; start < list.length && issues.length < ISSUE_LIMIT; start += CHUNK) {
    const chunk = list.slice(start, start + CHUNK);
    const parsed = z.safeParse(disciplineRecordsSchema, chunk, { reportInput: true });
    if (parsed.success) {
      for (const r of parsed.data) rows.push(r);
      continue;
    }
    for (const x of fromZodIssues(parsed.error.issues, [], chunk)) {
      const [index, ...rest] = x.path;
      issues.push({ ...x, path: ['records', (index as number) + start, ...rest] });
    }
  }
  throwIssues(issues);
  return rows;
}

/**
 * Tally disciplinary decisions by subject and form, with non-disciplinary outcomes counted apart.
 *
 * @example
 * ```ts
 * import { tallyDisciplines } from 'nq4';
 * // Cần Thơ 2019 (seed 004): "khiển trách 1 tập thể, nhắc nhở 5 tập thể; cảnh cáo 2 cá nhân, khiển trách 9 cá nhân;
 * // xếp loại đảng viên không hoàn thành nhiệm vụ đối với 4 cá nhân và nhắc nhở 17 cá nhân."
 * const r = tallyDisciplines([
 *   { subject: 'organization', outcome: 'reprimand', count: 1 },
 *   { subject: 'organization', outcome: 'reminder', count: 5 },
 *   { subject: 'member', outcome: 'warning', count: 2 },
 *   { subject: 'member', outcome: 'reprimand', count: 9 },
 *   { subject: 'member', outcome: 'unsatisfactoryRating', count: 4 },
 *   { subject: 'member', outcome: 'reminder', count: 17 },
 * ]);
 * r.disciplined; // { individual: 11, collective: 1 }
 * r.nonDisciplinary; // { collective: 5, individual: 21 }
 * ```
 * @throws {@link Nq4Error} naming the record and field: unknown codes, negative counts, a form outside the subject's list;
 *   validation stops after the first 101 issues.
 * @category Discipline
 */
export function tallyDisciplines(records: readonly DisciplineRecord[]): DisciplineTallyResult {
  const rows = parseRecords(records);
  const disciplines: Partial<Record<TallyDisciplineSubject, Partial<Record<DisciplineForm, number>>>> = {};
  const nonDisciplinary: Partial<Record<SubjectKind, Partial<Record<NonDisciplinaryMeasure, number>>>> = {};
  const disciplined: Partial<Record<SubjectKind, number>> = {};
  const other: Partial<Record<SubjectKind, number>> = {};
  let total = 0;
  for (const r of rows) {
    const n = r.count ?? 1;
    if (n === 0) continue;
    const kind: SubjectKind = r.subject === 'organization' ? 'collective' : 'individual';
    total += n;
    if (isFormCode(r.outcome)) {
      const slot = (disciplines[r.subject] ??= {});
      slot[r.outcome] = (slot[r.outcome] ?? 0) + n;
      disciplined[kind] = (disciplined[kind] ?? 0) + n;
    } else {
      const measure = r.outcome as NonDisciplinaryMeasure;
      const slot = (nonDisciplinary[kind] ??= {});
      slot[measure] = (slot[measure] ?? 0) + n;
      other[kind] = (other[kind] ?? 0) + n;
    }
  }
  return deepFreeze({ tally: tally({ disciplines, nonDisciplinary }), disciplined, nonDisciplinary: other, total });
}

/**
 * {@link tallyDisciplines} returning a {@link SafeResult} instead of throwing on bad input.
 *
 * @example
 * ```ts
 * import { safeTallyDisciplines } from 'nq4';
 * safeTallyDisciplines([{ subject: 'probationaryMember', outcome: 'expulsion' }]).success; // false
 * ```
 * @category Discipline
 */
export function safeTallyDisciplines(records: readonly DisciplineRecord[]): SafeResult<DisciplineTallyResult> {
  return toSafe(() => tallyDisciplines(records));
}
