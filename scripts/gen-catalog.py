# One-off generator kept for the record: writes src/catalog/data.ts from the domain reference
# (../shared/domain/manifestations.json) plus our own labels and English renderings
# (scripts/labels.json). After generation the TS module is the single place to edit;
# tests/catalog/drift.test.ts compares it with the reference JSON.
import json, unicodedata, sys
ref = json.load(open(sys.argv[1], encoding='utf-8'))
labels = json.load(open('scripts/labels.json', encoding='utf-8'))
def q(s):
    return 'null' if s is None else json.dumps(unicodedata.normalize('NFC', s), ensure_ascii=False)
out = []
out.append("""/**
 * The data of the 27 manifestations: the single module to edit when the domain reference gains a
 * verified text (`../shared/domain/manifestations.json`). `textVi` is the official wording as the
 * reference prints it, byte for byte (NFC): the full text for `verified` items, the seen part with
 * `[…]` for `partial` ones, `null` for `unverified` ones. `gistVi` is never official text.
 * `labelVi`, `labelEn` and `textEn` are nq4's own wording.
 * A test (tests/catalog/drift.test.ts) compares this module with the reference JSON.
 * @internal
 */
export const MANIFESTATION_DATA = [""")
for it in ref['items']:
    l = labels[it['id']]
    text = it['vi'] if it['status']=='verified' else it['viPartial'] if it['status']=='partial' else None
    out.append("  {")
    out.append(f"    id: {q(it['id'])},")
    out.append(f"    group: {it['group']},")
    out.append(f"    number: {it['number']},")
    out.append(f"    textStatus: {q(it['status'])},")
    out.append(f"    textVi: {q(text)},")
    out.append(f"    gistVi: {q(it['gistVi'])},")
    out.append(f"    labelVi: {q(l[0])},")
    out.append(f"    labelEn: {q(l[1])},")
    out.append(f"    textEn: {q(l[2])},")
    out.append(f"    topicEn: {q(it['topicEn'])},")
    out.append(f"    sources: [{', '.join(q(s) for s in it['sources'])}],")
    out.append("  },")
out.append("] as const;\n")
out.append("/**\n * The data of the three groups; headings are the wording common to all sources (the resolution's own\n * heading lines were not seen: manifestations.md §1).\n * @internal\n */")
out.append("export const GROUP_DATA = [")
en_labels = {1: ('Suy thoái tư tưởng chính trị', 'Political-ideological degradation'), 2: ('Suy thoái đạo đức, lối sống', 'Ethical and lifestyle degradation'), 3: ('“Tự diễn biến”, “tự chuyển hóa”', '"Self-evolution", "self-transformation"')}
heading_en = {1: 'Manifestations of degradation in political ideology', 2: 'Manifestations of degradation in ethics and lifestyle', 3: 'Manifestations of "self-evolution" and "self-transformation" within the ranks'}
for g in ref['groups']:
    n = g['group']
    out.append("  {")
    out.append(f"    group: {n},")
    out.append(f"    headingVi: {q(g['headingVi'])},")
    out.append(f"    headingEn: {q(heading_en[n])},")
    out.append(f"    labelVi: {q(en_labels[n][0])},")
    out.append(f"    labelEn: {q(en_labels[n][1])},")
    out.append(f"    topicEn: {q(g['topicEn'])},")
    out.append(f"    headingStatus: {q(g['headingStatus'])},")
    out.append(f"    sources: [{', '.join(q(s) for s in g['sources'])}],")
    out.append("  },")
out.append("] as const;\n")
open('src/catalog/data.ts','w',encoding='utf-8').write('\n'.join(out))
