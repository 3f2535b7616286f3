// nq4 in the browser: a member rating form and a report reader, computed on this page only.
// Plain ES module, no build step: `nq4` and `zod` are resolved by the import map of index.html.
// In an app, a bundler resolves them instead.

const $ = (id) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el;
};

/** Create an element with text children (never innerHTML: pasted text is shown as text). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === 'className') node.className = v;
    else node.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

const enSpan = (text) => el('span', { className: 'en' }, text);

/** Show any error: an Nq4Error as its issues (path, Vietnamese and English), anything else as its message. */
function showError(box, error, nq4) {
  box.replaceChildren();
  const isNq4 = nq4 && nq4.isNq4Error(error);
  if (isNq4) {
    box.append(el('h3', {}, 'Dữ liệu không hợp lệ ', enSpan('/ Invalid input')));
    const list = el('ul', { 'data-testid': 'error-issues' });
    for (const issue of error.issues) {
      const path = nq4.formatPath(issue.path);
      list.append(
        el(
          'li',
          { 'data-testid': 'error-issue', 'data-path': path, 'data-code': issue.code },
          el('code', {}, path),
          ': ',
          issue.messageVi,
          el('small', { lang: 'en' }, issue.messageEn),
        ),
      );
    }
    box.append(list);
  } else {
    box.append(
      el('h3', {}, 'Lỗi không mong đợi ', enSpan('/ Unexpected error')),
      el('p', { 'data-testid': 'error-message' }, error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
    );
  }
  box.hidden = false;
}

// Errors that escape the handlers below still show on the page, never a blank page.
function showPageError(error) {
  const box = document.getElementById('load-error');
  if (!box || !box.hidden) return; // keep the first message (e.g. the library did not load)
  box.replaceChildren(
    el('h3', {}, 'Trang gặp lỗi ', enSpan('/ The page hit an error')),
    el('p', {}, error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
  );
  box.hidden = false;
}
window.addEventListener('error', (event) => showPageError(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => showPageError(event.reason));

let nq4;
try {
  nq4 = await import('nq4');
} catch (error) {
  const box = $('load-error');
  box.replaceChildren(
    el('h3', {}, 'Không tải được thư viện nq4 ', enSpan('/ Could not load the nq4 library')),
    el(
      'p',
      {},
      'Chạy "npm run build" rồi phục vụ thư mục gốc của kho mã (ví dụ "python3 -m http.server") và mở /examples/browser/. ',
      enSpan('Run "npm run build", serve the repository root (e.g. "python3 -m http.server") and open /examples/browser/.'),
    ),
    el('p', {}, el('code', {}, error instanceof Error ? error.message : String(error))),
  );
  box.hidden = false;
  throw error;
}

const { rateMember, rulesFor, extractTallies, findManifestationMentions, getManifestation, getManifestationGroup } = nq4;
const { DISCIPLINE_FORMS, DISCIPLINE_FORM_LABELS, RATING_LEVELS, RATING_LEVEL_LABELS } = nq4;

// ---------------------------------------------------------------------------------------------
// The member form

const TRI_STATE = [
  ['', '— chưa rõ / unknown'],
  ['true', 'Có / yes'],
  ['false', 'Không / no'],
];

/** Yes/no facts of MemberRatingFacts: left "unknown", they are not given and may come back in `missing`. */
const MEMBER_FLAGS = [
  ['shortcomingsFixed', 'Đã khắc phục hạn chế, khuyết điểm năm trước', 'Shortcomings of the last review fixed'],
  ['degradationConcluded', 'Bị kết luận có biểu hiện suy thoái', 'Degradation concluded'],
  ['prohibitedConductConcluded', 'Bị kết luận vi phạm điều đảng viên không được làm, nêu gương', 'Prohibited conduct concluded'],
  ['prohibitedConductSelfReportedAndRemedied', 'Tự giác nhận vi phạm đó, khắc phục hậu quả', 'That violation self-reported and remedied'],
  ['exemptFromActivity', 'Được miễn công tác và sinh hoạt đảng', 'Exempt from party work and activity'],
  ['suspended', 'Bị đình chỉ sinh hoạt đảng', 'Suspended from party activity'],
  ['maternityLeave', 'Nghỉ thai sản trong năm', 'Maternity leave in the year'],
];

const LEADER_FLAGS = [
  ['basicTargetsMissed', 'Không đạt 5 chỉ tiêu cơ bản', 'The 5 basic targets missed'],
  ['corruptionInScopeDisciplined', 'Tham nhũng, lãng phí trong phạm vi phụ trách bị xử lý', 'Corruption in scope disciplined'],
  ['proactivelyHandled', 'Chủ động phát hiện, xử lý, khắc phục', 'Proactively detected and handled'],
];

const GRADES = [
  ['', '— chưa rõ / unknown'],
  ['excellent', 'Xuất sắc / excellent'],
  ['good', 'Tốt / good'],
  ['average', 'Trung bình / average'],
  ['poor', 'Kém / poor'],
];

function fillOptions(select, options) {
  select.replaceChildren(...options.map(([value, text]) => el('option', { value }, text)));
}

function addTriStates(container, flags, prefix) {
  for (const [key, vi, en] of flags) {
    const select = el('select', { id: `${prefix}${key}`, 'data-testid': `${prefix}${key}` });
    fillOptions(select, TRI_STATE);
    container.append(el('label', {}, vi, ' ', enSpan(`/ ${en}`), select));
  }
}

const levelOptions = (unknownText) => [
  ['', unknownText],
  ...RATING_LEVELS.map((l) => [l, `${RATING_LEVEL_LABELS[l].abbreviationVi}: ${RATING_LEVEL_LABELS[l].vi} / ${RATING_LEVEL_LABELS[l].en}`]),
];

function setUpForm() {
  const year = $('year');
  fillOptions(
    year,
    Array.from({ length: 9 }, (_, i) => 2018 + i).map((y) => [String(y), String(y)]),
  );
  for (const option of year.options) option.defaultSelected = option.value === '2025'; // also what "Clear" restores
  year.value = '2025';
  addTriStates($('tri-state-fields'), MEMBER_FLAGS, '');
  addTriStates($('leader-tri-state-fields'), LEADER_FLAGS, 'leader-');
  fillOptions(
    $('discipline-form'),
    DISCIPLINE_FORMS.map((f) => [f, `${DISCIPLINE_FORM_LABELS[f].vi} / ${DISCIPLINE_FORM_LABELS[f].en}`]),
  );
  for (const s of document.querySelectorAll('select[data-tri-state]')) fillOptions(s, TRI_STATE);
  for (const s of document.querySelectorAll('select[data-grade]')) fillOptions(s, GRADES);
  fillOptions($('civilServiceLevel'), [
    ...levelOptions('— chưa rõ / unknown'),
    ['notCivilServant', 'Không phải CBCCVC / not a civil servant'],
  ]);
  fillOptions($('proposedLevel'), levelOptions('— không đề xuất / none'));

  year.addEventListener('change', showRuleSet);
  $('disciplines').addEventListener('change', toggleDiscipline);
  $('member-form').addEventListener('submit', (event) => {
    event.preventDefault();
    rate();
  });
  $('member-form').addEventListener('reset', () => {
    setTimeout(() => {
      showRuleSet();
      toggleDiscipline();
      $('rating-result').hidden = true;
      $('rating-error').hidden = true;
    });
  });
  $('fill-example').addEventListener('click', fillExample);
  showRuleSet();
  toggleDiscipline();
}

function showRuleSet() {
  const out = $('ruleset');
  try {
    const { ruleSet } = rulesFor(Number($('year').value));
    out.textContent = `${ruleSet.label.vi}`;
    out.title = ruleSet.label.en;
  } catch (error) {
    out.textContent = nq4.isNq4Error(error) ? error.issues.map((i) => `${i.messageVi} / ${i.messageEn}`).join('; ') : String(error);
  }
}

function toggleDiscipline() {
  $('discipline-fields').hidden = $('disciplines').value !== 'one';
}

/** The example of README.md: a 2025 member without a leadership post. */
function fillExample() {
  const set = (id, value) => {
    $(id).value = value;
  };
  set('year', '2025');
  set('role', 'nonLeader');
  set('score', '85');
  set('admittedOn', '2010-03-02');
  set('tasks-assigned', '10');
  set('tasks-completed', '10');
  set('tasks-onTime', '10');
  set('tasks-exceeded', '1');
  set('disciplines', 'none');
  for (const id of ['degradationConcluded', 'prohibitedConductConcluded', 'exemptFromActivity', 'suspended']) set(id, 'false');
  showRuleSet();
  toggleDiscipline();
}

/** A number input: empty is "not given"; anything typed is passed on for nq4 to validate. */
function numberField(id) {
  const input = $(id);
  const raw = input.value.trim();
  if (raw === '') return input.validity && input.validity.badInput ? Number.NaN : undefined;
  return Number(raw);
}

const textField = (id) => ($(id).value.trim() === '' ? undefined : $(id).value.trim());

function triState(id) {
  const v = $(id).value;
  return v === '' ? undefined : v === 'true';
}

/** Put only what was given: what is left out comes back in the result's `missing`. */
function put(target, key, value) {
  if (value !== undefined) target[key] = value;
}

/** The MemberRatingFacts the form describes. */
function readFacts() {
  const facts = { year: Number($('year').value) };
  put(facts, 'role', textField('role'));
  put(facts, 'score', numberField('score'));
  put(facts, 'admittedOn', textField('admittedOn'));
  put(facts, 'reviewOn', textField('reviewOn'));

  const taskKeys = ['assigned', 'completed', 'onTime', 'exceeded'];
  const tasks = Object.fromEntries(taskKeys.map((k) => [k, numberField(`tasks-${k}`)]));
  if (taskKeys.some((k) => tasks[k] !== undefined)) facts.tasks = tasks; // a half-filled set is reported by nq4

  for (const [key] of MEMBER_FLAGS) put(facts, key, triState(key));

  const disciplines = $('disciplines').value;
  if (disciplines === 'none') facts.disciplines = [];
  if (disciplines === 'one') {
    const d = { form: $('discipline-form').value };
    put(d, 'decidedOn', textField('discipline-decidedOn'));
    put(d, 'relatedToOfficialDuty', triState('discipline-relatedToOfficialDuty'));
    put(d, 'selfReportedAndRemedied', triState('discipline-selfReportedAndRemedied'));
    facts.disciplines = [d];
  }

  const taskResults = textField('criteria-taskResults');
  const other = textField('criteria-other');
  if (taskResults !== undefined || other !== undefined) facts.criteria = { taskResults, other };
  put(facts, 'civilServiceLevel', textField('civilServiceLevel'));
  put(facts, 'sickLeaveMonths', numberField('sickLeaveMonths'));
  put(facts, 'proposedLevel', textField('proposedLevel'));

  const leader = {};
  put(leader, 'unitsLed', numberField('leader-unitsLed'));
  put(leader, 'unitsLedUnsatisfactory', numberField('leader-unitsLedUnsatisfactory'));
  put(leader, 'lowConfidenceVotePercent', numberField('leader-lowConfidenceVotePercent'));
  for (const [key] of LEADER_FLAGS) put(leader, key, triState(`leader-${key}`));
  if (Object.keys(leader).length > 0) facts.leader = leader;
  return facts;
}

function readOptions() {
  return $('assumeNoEvents').checked ? { assumeNoEvents: true } : undefined;
}

const levelText = (level) => `${RATING_LEVEL_LABELS[level].abbreviationVi}`;

function rate() {
  const resultBox = $('rating-result');
  const errorBox = $('rating-error');
  resultBox.hidden = true;
  errorBox.hidden = true;
  let r;
  try {
    r = rateMember(readFacts(), readOptions());
  } catch (error) {
    showError(errorBox, error, nq4);
    return;
  }

  const level = $('rating-level');
  if (r.level) {
    level.dataset.level = r.level;
    level.replaceChildren(
      `${r.levelLabel.vi} (${levelText(r.level)})`,
      ' ',
      enSpan(`/ ${r.levelLabel.en}`),
    );
  } else {
    level.dataset.level = '';
    level.replaceChildren(
      r.status === 'notRated' ? 'Không xếp loại ' : 'Chưa xác định một mức ',
      enSpan(r.status === 'notRated' ? '/ Not rated' : '/ No single level yet'),
    );
  }
  $('rating-status').textContent = r.status;
  $('rating-allowed').textContent = r.allowedLevels.length > 0 ? r.allowedLevels.map(levelText).join(', ') : '—';

  const blocked = $('rating-blocked');
  blocked.replaceChildren(
    ...r.blockedBy.map((b) =>
      el('li', { 'data-testid': 'blocked-item', 'data-level': b.level }, b.text.vi, el('small', { lang: 'en' }, b.text.en)),
    ),
  );
  $('rating-blocked-box').hidden = r.blockedBy.length === 0;

  const missing = $('rating-missing');
  missing.replaceChildren(
    ...r.missing.map((m) =>
      el('li', { 'data-testid': 'missing-item', 'data-path': m.path }, el('code', {}, m.path), ': ', m.reason.vi, el('small', { lang: 'en' }, m.reason.en)),
    ),
  );
  $('rating-missing-box').hidden = r.missing.length === 0;

  $('explanation-vi').textContent = r.explanation.textVi;
  $('explanation-en').textContent = r.explanation.textEn;
  resultBox.hidden = false;
}

// ---------------------------------------------------------------------------------------------
// The report reader

const SUBJECT_LABELS = { individual: 'cá nhân / individual', collective: 'tập thể / collective' };

function categoryLabel(category) {
  const label = DISCIPLINE_FORM_LABELS[category] ?? RATING_LEVEL_LABELS[category];
  return label ? `${label.vi} / ${label.en}` : undefined;
}

function cell(field, value, shown = value, note = undefined, className = undefined) {
  return el('td', { 'data-field': field, 'data-value': value, className }, shown, note ? el('small', {}, note) : undefined);
}

function read() {
  const resultBox = $('extract-result');
  const errorBox = $('extract-error');
  resultBox.hidden = true;
  errorBox.hidden = true;
  const text = $('report-text').value;
  let reading;
  let mentions;
  try {
    reading = extractTallies(text);
    mentions = findManifestationMentions(text);
  } catch (error) {
    showError(errorBox, error, nq4);
    return;
  }

  $('extract-summary').textContent =
    `${reading.tallies.length} số liệu, ${reading.breakdowns.length} tổng có chi tiết, ${reading.unclassified.length} chưa phân loại, ${mentions.length} lần nhắc biểu hiện` +
    ` / ${reading.tallies.length} tallies, ${reading.breakdowns.length} breakdowns, ${reading.unclassified.length} unclassified, ${mentions.length} mentions`;

  $('tallies').replaceChildren(
    ...reading.tallies.map((t, i) => {
      const role = t.repeatOf !== undefined ? `repeat of #${t.repeatOf}` : t.partOf !== undefined ? `${t.role} of #${t.partOf}` : t.role;
      return el(
        'tr',
        { 'data-testid': 'tally-row', 'data-index': i },
        el('td', { className: 'num' }, i),
        cell('measure', t.measure),
        cell('category', t.category, t.category, categoryLabel(t.category)),
        cell('subject', t.subject, SUBJECT_LABELS[t.subject] ?? t.subject, t.unitKind ?? undefined),
        cell('count', String(t.count), nq4.formatNumberVi(t.count), t.approx, 'num'),
        cell('role', t.role, role),
        cell('quote', t.quote, t.quote),
      );
    }),
  );

  $('breakdowns').replaceChildren(
    ...reading.breakdowns.map((b) =>
      el(
        'li',
        { 'data-testid': 'breakdown-item', 'data-status': b.check.status },
        `#${b.total} = ${b.parts.map((p) => `#${p}`).join(' + ')} (${b.kind}): ${b.check.status}`,
        el('small', {}, b.check.explanation.textVi),
        el('small', { lang: 'en' }, b.check.explanation.textEn),
      ),
    ),
  );
  $('breakdowns-box').hidden = reading.breakdowns.length === 0;

  $('unclassified').replaceChildren(
    ...reading.unclassified.map((u) =>
      el('li', { 'data-testid': 'unclassified-item', 'data-reason': u.reason }, `${nq4.formatNumberVi(u.count)} [${u.reason}]: “${u.quote}”`),
    ),
  );
  $('unclassified-box').hidden = reading.unclassified.length === 0;

  $('mentions').replaceChildren(
    ...mentions.map((m) => {
      const ids = m.ids.map((id) => `${id} ${getManifestation(id).label.vi} / ${getManifestation(id).label.en}`);
      const groups = m.groups.map((g) => `${g}: ${getManifestationGroup(g).label.vi}`);
      return el(
        'tr',
        { 'data-testid': 'mention-row' },
        cell('kind', m.kind, m.negated ? `${m.kind} (phủ định / negated)` : m.kind),
        el('td', { 'data-field': 'ids', 'data-value': m.ids.join(',') }, ...ids.map((t) => el('div', {}, t))),
        cell('groups', m.groups.join(','), groups.join('; ')),
        cell('score', m.score.toFixed(2), m.score.toFixed(2), undefined, 'num'),
        cell('quote', m.quote, m.quote),
      );
    }),
  );
  resultBox.hidden = false;
}

setUpForm();
$('read').addEventListener('click', read);
document.body.dataset.ready = 'true';
