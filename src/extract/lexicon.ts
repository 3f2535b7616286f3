/**
 * The phrases of the genre, as data (hierarchy-review-reports.md §3.5 "Vietnamese tally phrasing",
 * §3.3 "Discipline forms", §4 "Tally phrases seen in the seeds"). Each phrase is written as
 * reports write it; matching folds case, NFC/NFD and tone placement ({@link wordKey}).
 *
 * Status: the phrasings are those the reference marks Q (quoted from the seeds and stored
 * pages); the extra synonyms (e.g. "xóa tên", "đình chỉ sinh hoạt đảng") come from the shared
 * vocabulary of non-disciplinary measures (discipline.md §2.3).
 * @module
 */
import type { DisciplineForm, NonDisciplinaryMeasure, RatingLevel } from '../i18n/vocabulary.js';
import { wordKey } from './normalize.js';

/**
 * What a tally counts.
 * - `discipline`: a Charter disciplinary form (or the total of disciplined subjects);
 * - `rating`: quality rating by level; `reminder`: nhắc nhở, phê bình, kiểm điểm rút kinh nghiệm;
 * - `nonDisciplinary`: xóa tên, đình chỉ sinh hoạt, cho thôi giữ chức (not discipline);
 * - `pending`: đang xem xét xử lý; `disciplineProcedure`: xem xét thi hành kỷ luật, outcome not stated;
 * - `proposedDiscipline`: đề nghị thi hành kỷ luật (proposed to a higher body, not decided);
 * - `suggestedReview`: gợi ý / giới thiệu kiểm điểm; `reviewed`: kiểm điểm;
 * - `degradationFound`: xác định có biểu hiện suy thoái; `violationFound`: (đảng viên) vi phạm;
 * - `inspected`: kiểm tra (khi có dấu hiệu vi phạm); `supervised`: giám sát.
 * @example
 * ```ts
 * import { EXTRACTED_TALLY_MEASURES } from 'nq4';
 * EXTRACTED_TALLY_MEASURES.includes('suggestedReview'); // true
 * ```
 * @category Extract
 */
export const EXTRACTED_TALLY_MEASURES = [
  'discipline',
  'rating',
  'reminder',
  'nonDisciplinary',
  'pending',
  'disciplineProcedure',
  'proposedDiscipline',
  'suggestedReview',
  'reviewed',
  'degradationFound',
  'violationFound',
  'inspected',
  'supervised',
] as const;

/**
 * A measure code.
 * @category Extract
 */
export type ExtractedTallyMeasure = (typeof EXTRACTED_TALLY_MEASURES)[number];

/**
 * The category of a tally: the disciplinary form (`discipline`, `proposedDiscipline`), the rating
 * level, `"goodOrBetter"` (hoàn thành tốt nhiệm vụ trở lên) or `"satisfactoryOrBetter"` (hoàn thành
 * nhiệm vụ trở lên: excellent, good and satisfactory) for `rating`, the non-disciplinary
 * measure for `reminder` / `nonDisciplinary` / `pending`, or `"total"`.
 * @category Extract
 */
export type ExtractedTallyCategory = DisciplineForm | RatingLevel | 'goodOrBetter' | 'satisfactoryOrBetter' | NonDisciplinaryMeasure | 'total';

/**
 * A letter grade some provinces use for the four rating levels ("xếp loại A"). No national text
 * maps the letters: nq4 reads the level only where the report prints it next to the letter or the
 * option `letterGrades` of {@link extractTallies} says how.
 * @category Extract
 */
export type LetterGrade = 'A' | 'B' | 'C' | 'D';

/** How a cue relates to a count. @internal */
export type CueKind =
  /** Names what is counted (a measure and category). */
  | 'measure'
  /** Names an action nq4 does not count (awards, admissions, reorganisation …): the count is unclassified. */
  | 'other'
  /** A phrase that must not be read as a cue (names of bodies, "tự phê bình và phê bình" as the review). */
  | 'neutral';

/** A cue phrase. @internal */
export interface Cue {
  readonly kind: CueKind;
  readonly measure?: ExtractedTallyMeasure;
  readonly category?: ExtractedTallyCategory;
  /** A general cue ("kỷ luật", "xếp loại") that a specific one of the same measure overrides. */
  readonly general?: boolean;
  /** Describes the subject rather than acting on it ("vi phạm", "có biểu hiện suy thoái"). */
  readonly qualifier?: boolean;
  /** For a letter grade cue ("xếp loại A"): the letter. */
  readonly letter?: LetterGrade;
  /** A short label for `other` cues (shown as the unclassified hint). */
  readonly hint?: string;
  /** Number of words. */
  readonly length: number;
}

type CueSpec = readonly [phrases: readonly string[], cue: Omit<Cue, 'length'>];

const FORM: Record<DisciplineForm, readonly string[]> = {
  // "khiến trách" is a misspelling seen in a provincial report (thanhtra.com.vn, Lào Cai 2019).
  reprimand: ['khiển trách', 'khiến trách'],
  warning: ['cảnh cáo'],
  removalFromPost: ['cách chức', 'cách tất cả chức vụ', 'cách tất cả các chức vụ', 'cách hết các chức vụ'],
  expulsion: ['khai trừ', 'khai trừ khỏi đảng', 'khai trừ ra khỏi đảng'],
  dissolution: ['giải tán'],
};

const RATING: Record<RatingLevel, readonly string[]> = {
  excellent: ['hoàn thành xuất sắc nhiệm vụ', 'htxsnv', 'htxs', 'htsxnv'],
  good: ['hoàn thành tốt nhiệm vụ', 'httnv'],
  satisfactory: ['hoàn thành nhiệm vụ', 'htnv'],
  unsatisfactory: ['không hoàn thành nhiệm vụ', 'khtnv'],
};

const SPECS: readonly CueSpec[] = [
  ...Object.entries(FORM).map(([form, phrases]): CueSpec => [phrases, { kind: 'measure', measure: 'discipline', category: form as DisciplineForm }]),
  ...Object.entries(RATING).map(([level, phrases]): CueSpec => [phrases, { kind: 'measure', measure: 'rating', category: level as RatingLevel }]),
  [
    [
      'hoàn thành tốt nhiệm vụ trở lên',
      'httnv trở lên',
      // "10 chi bộ hoàn thành xuất sắc và hoàn thành tốt nhiệm vụ": the two levels counted together.
      'hoàn thành xuất sắc và hoàn thành tốt nhiệm vụ',
      'hoàn thành xuất sắc và tốt nhiệm vụ',
      'hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ',
      'hoàn thành tốt và xuất sắc nhiệm vụ',
    ],
    { kind: 'measure', measure: 'rating', category: 'goodOrBetter' },
  ],
  [['hoàn thành nhiệm vụ trở lên', 'htnv trở lên'], { kind: 'measure', measure: 'rating', category: 'satisfactoryOrBetter' }],
  // "không hoàn thành xuất sắc nhiệm vụ" means "not excellent", not KHTNV (report 09).
  [['không hoàn thành xuất sắc nhiệm vụ', 'không hoàn thành tốt nhiệm vụ'], { kind: 'neutral' }],
  [
    ['xếp loại', 'được xếp loại', 'đánh giá, xếp loại', 'đánh giá xếp loại', 'xếp loại chất lượng', 'được đánh giá', 'được đánh giá, xếp loại', 'được đánh giá xếp loại', 'dự đánh giá, xếp loại', 'dự đánh giá xếp loại', 'đánh giá chất lượng', 'được đánh giá chất lượng'],
    { kind: 'measure', measure: 'rating', category: 'total', general: true },
  ],
  [
    ['kỷ luật', 'xử lý kỷ luật', 'thi hành kỷ luật', 'bị kỷ luật', 'xử lý', 'bị xử lý', 'kỷ luật đảng', 'thi hành kỷ luật đảng', 'xử lý kỷ luật đảng'],
    { kind: 'measure', measure: 'discipline', category: 'total', general: true },
  ],
  // "đánh giá chất lượng sinh hoạt chi bộ ở 25 chi bộ": the quality of something else, not the rating of those counted.
  [
    [
      'đánh giá chất lượng sinh hoạt',
      'đánh giá chất lượng sinh hoạt chi bộ',
      'đánh giá chất lượng công tác',
      'đánh giá chất lượng công tác kiểm tra',
      'đánh giá chất lượng công tác kiểm tra, giám sát',
      'đánh giá chất lượng hoạt động',
      'đánh giá chất lượng đội ngũ',
      'đánh giá chất lượng giáo dục',
    ],
    { kind: 'neutral' },
  ],
  // "… 2 chi bộ với hình thức cảnh cáo": the form named after the count (read as a predicate marker).
  [['bằng hình thức', 'xử lý bằng hình thức', 'kỷ luật bằng hình thức', 'với hình thức', 'hình thức kỷ luật'], { kind: 'neutral' }],
  [
    ['xem xét kỷ luật', 'xem xét thi hành kỷ luật', 'xem xét xử lý kỷ luật', 'quy trình xem xét thi hành kỷ luật', 'xem xét, xử lý kỷ luật', 'xem xét, kỷ luật', 'xem xét, xử lý', 'xem xét xử lý'],
    { kind: 'measure', measure: 'disciplineProcedure', category: 'total' },
  ],
  [
    [
      'đang xem xét',
      'đang xem xét xử lý',
      'đang xem xét kỷ luật',
      'đang xem xét thi hành kỷ luật',
      'đang xử lý',
      'chưa xử lý',
      // "đang xem xét đề nghị thi hành kỷ luật đối với 1 Tỉnh ủy viên": a proposal still being considered.
      'đang xem xét đề nghị thi hành kỷ luật',
      'đang xem xét đề nghị kỷ luật',
      'đang xem xét đề nghị xử lý kỷ luật',
    ], { kind: 'measure', measure: 'pending', category: 'pending' }],
  [
    ['đề nghị kỷ luật', 'đề nghị thi hành kỷ luật', 'đề nghị xử lý kỷ luật', 'đề nghị xem xét kỷ luật', 'đề nghị xem xét thi hành kỷ luật'],
    { kind: 'measure', measure: 'proposedDiscipline', category: 'total' },
  ],
  [['nhắc nhở', 'bị nhắc nhở'], { kind: 'measure', measure: 'reminder', category: 'reminder' }],
  [['phê bình', 'bị phê bình'], { kind: 'measure', measure: 'reminder', category: 'criticism' }],
  [['kiểm điểm rút kinh nghiệm', 'rút kinh nghiệm', 'kiểm điểm, rút kinh nghiệm'], { kind: 'measure', measure: 'reminder', category: 'lessonsLearnedReview' }],
  [['xóa tên', 'xóa tên khỏi danh sách đảng viên'], { kind: 'measure', measure: 'nonDisciplinary', category: 'removalFromRolls' }],
  [['đình chỉ sinh hoạt đảng', 'đình chỉ sinh hoạt'], { kind: 'measure', measure: 'nonDisciplinary', category: 'suspensionOfActivity' }],
  // "từ chức" closes the vocabulary's own label "cho thôi giữ chức vụ, miễn nhiệm, từ chức" (renderReport writes it).
  [['cho thôi giữ chức', 'cho thôi giữ chức vụ', 'miễn nhiệm', 'cho từ chức', 'từ chức'], { kind: 'measure', measure: 'nonDisciplinary', category: 'relievedOfPost' }],
  [['gợi ý kiểm điểm', 'gợi ý kiểm điểm sâu', 'giới thiệu kiểm điểm', 'được gợi ý kiểm điểm'], { kind: 'measure', measure: 'suggestedReview', category: 'total' }],
  [
    ['kiểm điểm', 'tiến hành kiểm điểm', 'tổ chức kiểm điểm', 'được kiểm điểm', 'kiểm điểm tự phê bình và phê bình', 'tự phê bình và phê bình', 'tự phê bình', 'phê bình và tự phê bình'],
    { kind: 'measure', measure: 'reviewed', category: 'total', general: true },
  ],
  [
    [
      'có biểu hiện suy thoái',
      'biểu hiện suy thoái',
      'được xác định có biểu hiện suy thoái',
      'xác định có biểu hiện suy thoái',
      'được xác định có biểu hiện',
      'xác định có biểu hiện',
      'có biểu hiện',
      'suy thoái',
      'bị suy thoái',
    ],
    { kind: 'measure', measure: 'degradationFound', category: 'total', qualifier: true },
  ],
  [['vi phạm', 'có vi phạm', 'sai phạm', 'có sai phạm', 'bị phát hiện vi phạm'], { kind: 'measure', measure: 'violationFound', category: 'total', qualifier: true }],
  [
    [
      'kiểm tra',
      'kiểm tra khi có dấu hiệu vi phạm',
      'kiểm tra dấu hiệu vi phạm',
      'có dấu hiệu vi phạm',
      'dấu hiệu vi phạm',
      // Checking how discipline was applied ("kiểm tra việc thi hành kỷ luật"): an inspection, not a
      // discipline. A reading heuristic: ../shared/domain does not list this task, so no article is cited.
      'kiểm tra việc thi hành kỷ luật',
      'kiểm tra việc thi hành kỷ luật đảng',
      'kiểm tra việc thi hành kỷ luật trong đảng',
    ],
    { kind: 'measure', measure: 'inspected', category: 'total', general: true },
  ],
  [['giám sát', 'giám sát chuyên đề'], { kind: 'measure', measure: 'supervised', category: 'total', general: true }],
  // Names of bodies and fixed phrases that contain a cue word.
  [
    [
      'ủy ban kiểm tra',
      'ubkt',
      'ubkttw',
      'cơ quan kiểm tra',
      'đoàn kiểm tra',
      'công tác kiểm tra',
      'kiểm tra, giám sát',
      'ban thường vụ',
      'ban chấp hành',
      'ban bí thư',
      'nghị quyết',
      'hội nghị',
      'khuyết điểm',
      'hạn chế, khuyết điểm',
    ],
    { kind: 'neutral' },
  ],
  [
    ['khen thưởng', 'bằng khen', 'giấy khen', 'cờ thi đua', 'biểu dương', 'tuyên dương', 'tặng', 'trao', 'huy hiệu', 'huy hiệu đảng', 'tôn vinh', 'khen'],
    { kind: 'other', hint: 'award' },
  ],
  [['chuyển đảng chính thức', 'công nhận đảng viên chính thức', 'chuyển sinh hoạt', 'chuyển sinh hoạt đảng'], { kind: 'other', hint: 'membership' }],
  [['thi đua', 'cắt thi đua', 'hạ bậc thi đua'], { kind: 'other', hint: 'emulation' }],
  [['kết nạp', 'phát triển', 'kết nạp đảng', 'kết nạp mới'], { kind: 'other', hint: 'admission' }],
  [['giải thể', 'thành lập', 'thành lập mới', 'sáp nhập', 'hợp nhất', 'chia tách', 'kiện toàn', 'củng cố'], { kind: 'other', hint: 'reorganisation' }],
  [
    ['điều động', 'bổ nhiệm', 'luân chuyển', 'điều chuyển', 'điều chuyển công tác', 'giới thiệu', 'giới thiệu ứng cử', 'quy hoạch', 'đề bạt', 'ứng cử', 'bầu'],
    { kind: 'other', hint: 'personnel' },
  ],
  [['cho ra khỏi đảng', 'cho ra khỏi danh sách', 'cho ra khỏi danh sách đảng viên', 'đưa ra khỏi đảng'], { kind: 'other', hint: 'exit' }],
  [['học tập', 'quán triệt', 'tập huấn', 'bồi dưỡng', 'triển khai', 'tham dự', 'tham gia', 'dự', 'tuyên truyền'], { kind: 'other', hint: 'training' }],
  // "Chi bộ đề cử 02 đồng chí xếp loại hoàn thành xuất sắc nhiệm vụ": a nomination to the body that decides.
  [['đề nghị', 'kiến nghị', 'đề cử'], { kind: 'other', hint: 'proposal' }],
  // Letter grades ("xếp loại A"): the level only where the text prints it ("xếp loại A (hoàn thành
  // xuất sắc nhiệm vụ)") or the option `letterGrades` maps the letter; otherwise unclassified.
  ...(['a', 'b', 'c', 'd'] as const).map((l): CueSpec => [[`xếp loại ${l}`, `loại ${l}`, `được xếp loại ${l}`], { kind: 'other', hint: 'letterGrade', letter: l.toUpperCase() as LetterGrade }]),
  // Titles and honours that are not the year's rating (issue 14): "trong sạch, vững mạnh", former level "yếu kém".
  [['trong sạch vững mạnh', 'trong sạch, vững mạnh', 'tsvm', 'đạt trong sạch vững mạnh', 'đạt trong sạch, vững mạnh', 'đạt tsvm'], { kind: 'other', hint: 'title' }],
  [['yếu kém', 'yếu, kém', 'xếp loại yếu kém', 'xếp loại yếu, kém'], { kind: 'other', hint: 'title' }],
  // Not rated, not reviewed: exempt or not yet done.
  [
    ['không đánh giá', 'không đánh giá xếp loại', 'chưa đánh giá', 'chưa được đánh giá', 'miễn đánh giá', 'được miễn đánh giá', 'chưa được kiểm điểm', 'không phải kiểm điểm', 'phải đánh giá'],
    { kind: 'other', hint: 'notRated' },
  ],
  // A complaint reconsidered, or a violation found serious enough: not a decision.
  [['khiếu nại', 'giải quyết khiếu nại', 'khiếu nại kỷ luật', 'giải quyết khiếu nại kỷ luật', 'tố cáo', 'giải quyết tố cáo'], { kind: 'other', hint: 'complaint' }],
  // "kết luận … có vi phạm; phải thi hành kỷ luật 194 tổ chức đảng": what a finding warrants, not what was decided.
  [
    [
      'đến mức phải thi hành kỷ luật',
      'đến mức phải xử lý kỷ luật',
      'đến mức phải kỷ luật',
      'đến mức phải xem xét kỷ luật',
      'đến mức phải xem xét, xử lý kỷ luật',
      'phải thi hành kỷ luật',
      'phải xử lý kỷ luật',
      'phải kỷ luật',
    ],
    { kind: 'other', hint: 'proposal' },
  ],
  [['tăng', 'giảm', 'tăng thêm', 'giảm đi', 'so với', 'so cùng kỳ', 'so với cùng kỳ'], { kind: 'other', hint: 'change' }],
  // Handling by the State, not party discipline: "kiến nghị xử lý pháp luật 5 đảng viên", "xử lý hành chính đối với 1 đảng viên".
  [
    ['xử lý hành chính', 'xử lý pháp luật', 'xử lý theo pháp luật', 'xử lý hình sự', 'kiến nghị xử lý pháp luật', 'kiến nghị xử lý hành chính', 'truy cứu trách nhiệm hình sự'],
    { kind: 'other', hint: 'stateHandling' },
  ],
];

/**
 * Who a count is about.
 * - individual: `member` đảng viên (status unstated); `probationaryMember` đảng viên dự bị;
 *   `officialMember` đảng viên chính thức; `cadre` cán bộ, công chức, ủy viên; `person` cá nhân, đồng chí, người, trường hợp;
 * - collective: `tccsd` tổ chức cơ sở đảng (incl. chi bộ cơ sở, đảng bộ cơ sở); `directBranch` chi bộ
 *   trực thuộc; `partyOrganization` tổ chức đảng, đảng bộ, chi bộ of unstated level;
 *   `collective` tập thể; `committee` cấp ủy, đảng ủy, chi ủy.
 * @category Extract
 */
export type ExtractedUnitKind = 'member' | 'probationaryMember' | 'officialMember' | 'cadre' | 'person' | 'tccsd' | 'directBranch' | 'partyOrganization' | 'collective' | 'committee';

/** A subject noun. @internal */
export interface SubjectNoun {
  readonly subject: 'individual' | 'collective';
  readonly unitKind: ExtractedUnitKind;
  readonly length: number;
  /** Counted only after digits ("5 chủ tịch UBND xã"): after a number word it is no count ("năm" is also "year"). */
  readonly afterDigits: boolean;
  /** An abbreviation counted only where the text defines it ("đảng viên (ĐV)"): "ĐV" is also "đơn vị", "đoàn viên". */
  readonly defined: boolean;
}

const SUBJECT_SPECS: readonly (readonly [readonly string[], Omit<SubjectNoun, 'length' | 'afterDigits' | 'defined'> & { afterDigits?: true; defined?: true }])[] = [
  [['đảng viên', 'đảng viên mới'], { subject: 'individual', unitKind: 'member' }],
  // "ĐV", where the text defines it ("mười đảng viên (ĐV) … chín ĐV bị cảnh cáo"): also "đơn vị", "đoàn viên".
  [['đv'], { subject: 'individual', unitKind: 'member', defined: true }],
  // The Charter allows fewer forms for a probationary member (art. 35): the status is kept.
  [['đảng viên dự bị'], { subject: 'individual', unitKind: 'probationaryMember' }],
  [['đảng viên chính thức'], { subject: 'individual', unitKind: 'officialMember' }],
  [
    [
      'cán bộ',
      'công chức',
      'viên chức',
      'cán bộ, công chức',
      'cấp ủy viên',
      'ủy viên',
      'thành ủy viên',
      'tỉnh ủy viên',
      'huyện ủy viên',
      'quận ủy viên',
      'thị ủy viên',
      'đảng ủy viên',
      'chi ủy viên',
      'bí thư',
      'phó bí thư',
    ],
    { subject: 'individual', unitKind: 'cadre' },
  ],
  // Office holders ("1 chủ tịch UBND huyện; 5 chủ tịch UBND xã, 1 Trưởng phòng Tài nguyên và Môi
  // trường huyện … bị cách chức"): persons, but only after digits, so that "năm" (year, or five)
  // before a title is never read as a count.
  [
    ['chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc', 'trưởng phòng', 'phó trưởng phòng', 'hiệu trưởng', 'phó hiệu trưởng'],
    { subject: 'individual', unitKind: 'cadre', afterDigits: true },
  ],
  [['cá nhân', 'đồng chí', 'người', 'trường hợp', 'đ/c'], { subject: 'individual', unitKind: 'person' }],
  [
    ['tổ chức cơ sở đảng', 'tccsđ', 'tcc sđ', 'tccs đảng', 'tccs', 'cơ sở đảng', 'chi bộ cơ sở', 'đảng bộ cơ sở', 'tổ chức đảng cơ sở', 'chi, đảng bộ cơ sở'],
    { subject: 'collective', unitKind: 'tccsd' },
  ],
  [
    ['chi bộ trực thuộc', 'chi bộ trực thuộc đảng bộ cơ sở', 'chi bộ trực thuộc đảng ủy cơ sở', 'chi bộ trực thuộc đảng ủy bộ phận'],
    { subject: 'collective', unitKind: 'directBranch' },
  ],
  [['tổ chức đảng', 'tổ chức', 'đảng bộ', 'chi bộ', 'đảng bộ bộ phận', 'chi, đảng bộ', 'đảng bộ trực thuộc'], { subject: 'collective', unitKind: 'partyOrganization' }],
  [['tập thể', 'tập thể lãnh đạo', 'tập thể lãnh đạo, quản lý'], { subject: 'collective', unitKind: 'collective' }],
  [['cấp ủy', 'đảng ủy', 'chi ủy', 'ban thường vụ'], { subject: 'collective', unitKind: 'committee' }],
];

/**
 * A prefix tree over word keys. Every node is made with `value` (undefined where no phrase ends), so
 * that all nodes share one shape and the matchers' reads of it stay monomorphic.
 * @internal
 */
export interface Trie<V> {
  readonly next: Map<string, Trie<V>>;
  value?: V;
}

function insert<V>(root: Trie<V>, words: readonly string[], value: V): void {
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map(), value: undefined };
      node.next.set(w, child);
    }
    node = child;
  }
  node.value = value;
}

/**
 * Split a phrase into match keys; "," is kept as its own key so that "đánh giá, xếp loại" matches
 * only with the comma.
 * @internal
 */
export function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  let word = '';
  for (const ch of phrase) {
    if (ch === ' ') {
      if (word) keys.push(wordKey(word));
      word = '';
    } else if (ch === ',' || ch === '/') {
      if (word) keys.push(wordKey(word));
      keys.push(ch);
      word = '';
    } else word += ch;
  }
  if (word) keys.push(wordKey(word));
  return keys;
}

function buildCues(): Trie<Cue> {
  const root: Trie<Cue> = { next: new Map(), value: undefined };
  for (const [phrases, cue] of SPECS) {
    for (const p of phrases) {
      const keys = phraseKeys(p);
      insert(root, keys, { ...cue, length: keys.length });
      // "kỉ luật" is the other spelling of "kỷ luật" (i for y), common in news pages.
      if (p.includes('kỷ')) {
        const alt = phraseKeys(p.replaceAll('kỷ', 'kỉ'));
        insert(root, alt, { ...cue, length: alt.length });
      }
    }
  }
  return root;
}

function buildSubjects(): Trie<SubjectNoun> {
  const root: Trie<SubjectNoun> = { next: new Map(), value: undefined };
  for (const [phrases, noun] of SUBJECT_SPECS) {
    for (const p of phrases) {
      const keys = phraseKeys(p);
      insert(root, keys, { subject: noun.subject, unitKind: noun.unitKind, length: keys.length, afterDigits: noun.afterDigits === true, defined: noun.defined === true });
    }
  }
  return root;
}

let cueTrie: Trie<Cue> | undefined;
let subjectTrie: Trie<SubjectNoun> | undefined;

/** The cue trie, built on first use. @internal */
export function cues(): Trie<Cue> {
  cueTrie ??= buildCues();
  return cueTrie;
}

/** The subject-noun trie, built on first use. @internal */
export function subjects(): Trie<SubjectNoun> {
  subjectTrie ??= buildSubjects();
  return subjectTrie;
}

/** Vietnamese number words. `null` marks words valid only after a tens word. @internal */
export const NUMBER_WORDS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  (
    [
      ['một', 1],
      ['hai', 2],
      ['ba', 3],
      ['bốn', 4],
      ['năm', 5],
      ['sáu', 6],
      ['bảy', 7],
      ['bẩy', 7],
      ['tám', 8],
      ['chín', 9],
      ['mười', 10],
    ] as const
  ).map(([w, v]) => [wordKey(w), v]),
);

/** Words that only follow a tens word: mốt (1), tư (4), lăm / nhăm (5). @internal */
export const AFTER_TENS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  ([['mốt', 1], ['tư', 4], ['lăm', 5], ['nhăm', 5]] as const).map(([w, v]) => [wordKey(w), v]),
);

/** Multiplier words. @internal */
export const MULTIPLIERS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  ([['mươi', 10], ['trăm', 100], ['nghìn', 1000], ['ngàn', 1000], ['linh', 0], ['lẻ', 0]] as const).map(([w, v]) => [wordKey(w), v]),
);

/** Words before a count that make it approximate. @internal */
export const APPROX_WORDS: ReadonlyMap<string, 'about' | 'under' | 'over'> = /* @__PURE__ */ new Map(
  ([['gần', 'under'], ['hơn', 'over'], ['trên', 'over'], ['khoảng', 'about'], ['chừng', 'about'], ['ngót', 'under']] as const).map(
    ([w, v]) => [wordKey(w), v],
  ),
);

/**
 * Words directly before a number that make it a date, an ordinal, an identifier or a period,
 * never a count: "năm 2020", "nhiệm kỳ 2020-2025", "số 04", "kỳ 15", "khóa 12", "Trung ương 4",
 * "Chỉ thị 05", "Điều 35", "phường 5".
 * @internal
 */
export const NOT_COUNT_BEFORE: ReadonlySet<string> = /* @__PURE__ */ new Set(
  [
    'năm',
    'tháng',
    'ngày',
    'quý',
    'tuần',
    'kỳ',
    'khóa',
    'thứ',
    'lần',
    'số',
    'nhiệm kỳ',
    'giai đoạn',
    'trung ương',
    'nghị quyết',
    'chỉ thị',
    'quy định',
    'quyết định',
    'kế hoạch',
    'hướng dẫn',
    'thông báo',
    'công văn',
    'điều',
    'khoản',
    'mục',
    'chương',
    'phần',
    'trang',
    'phường',
    'khu vực',
    'ấp',
    'khu phố',
    'tổ',
    'đội',
    'mẫu',
    'biểu',
    'biểu số',
    'câu',
    'lúc',
    'giờ',
    'đến',
    'từ',
  ].map((w) => wordKey(w.split(' ').pop() ?? w)),
);

/** Markers that open a breakdown of the preceding total: "trong đó", "gồm", "bao gồm", "với các hình thức". @internal */
export const BREAKDOWN_MARKERS: readonly (readonly string[])[] = /* @__PURE__ */ [
  ['trong', 'đó'],
  ['gồm'],
  ['bao', 'gồm'],
  ['gồm', 'có'],
  ['với', 'các', 'hình', 'thức'],
  // "kỷ luật 29 tổ chức Đảng, với hình thức: Khiển trách 26, cảnh cáo 03" (thanhtra.com.vn).
  ['với', 'hình', 'thức'],
  ['bằng', 'các', 'hình', 'thức'],
].map((p) => p.map((w) => wordKey(w)));

/** "Cụ thể" / "Cụ thể là" opening a sentence that details the previous one. @internal */
export const DETAIL_MARKERS: readonly (readonly string[])[] = /* @__PURE__ */ [
  ['cụ', 'thể'],
  ['chi', 'tiết'],
  ['về', 'hình', 'thức'],
  ['theo', 'hình', 'thức'],
  ['hình', 'thức', 'kỷ', 'luật'],
].map((p) => p.map((w) => wordKey(w)));

/** Words that introduce a predicate right after a subject ("bị cảnh cáo", "được xếp loại"). @internal */
export const PREDICATE_MARKERS: ReadonlySet<string> = /* @__PURE__ */ new Set(['bị', 'được', 'đã', 'đều', 'phải', 'bằng'].map((w) => wordKey(w)));
