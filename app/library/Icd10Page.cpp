#include "library/Icd10Page.h"

#include "codesets/CodeSetStore.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::Icd10Page {

namespace {

constexpr int MaxDepth = 16; // guards against a cycle in a damaged tree

QJsonValue versionJson(const std::optional<CodeSetVersion> &version)
{
    if (!version)
        return QJsonValue();
    return QJsonObject{{u"label"_s, version->label},
                       {u"file"_s, version->fileName},
                       {u"imported"_s, version->importedAt.left(10)},
                       {u"effectiveFrom"_s, version->effectiveFrom.toString(Qt::ISODate)},
                       {u"effectiveTo"_s, version->effectiveTo.toString(Qt::ISODate)}};
}

// The nearest node the tabular list has for `key`: seventh-character codes are not in it.
std::optional<TabularNode> nearestNode(const CodeSetStore &store, QString key)
{
    while (key.size() >= 3) {
        if (auto node = store.tabularNode(key))
            return node;
        key.chop(1);
    }
    return std::nullopt;
}

bool billableOf(const CodeSetStore &store, const QString &code, bool haveOrder, const QString &key)
{
    if (haveOrder) {
        const auto entry = store.entry(CodeSetKind::Icd10Cm, code, false);
        return entry && entry->billable;
    }
    // The tabular list alone: a code is billable when nothing subdivides it.
    return store.tabularChildren(key).isEmpty() && store.seventhCharacters(code).isEmpty();
}

} // namespace

std::optional<QJsonObject> build(const CodeSetStore &store, const QString &code)
{
    const QString key = codeKey(code);
    const auto orderVersion = store.version(CodeSetPart::Icd10CmOrder);
    const auto tabularVersion = store.version(CodeSetPart::Icd10CmTabular);
    const auto entry = store.entry(CodeSetKind::Icd10Cm, code, false);
    const std::optional<TabularNode> own = store.tabularNode(key);
    if (!entry && !own)
        return std::nullopt;

    const QString dotted = entry ? entry->code : own->code;
    QJsonObject page{{u"kind"_s, u"icd10cm"_s}, {u"code"_s, dotted}};
    page.insert(u"title"_s, entry ? entry->longDescription : own->title);
    page.insert(u"billable"_s, billableOf(store, dotted, orderVersion.has_value(), key));

    QJsonArray ancestors;
    QJsonValue chapter;
    QJsonValue section;
    std::optional<TabularNode> node = own ? own : nearestNode(store, key);
    if (node && node->key != key)
        ancestors.prepend(QJsonObject{{u"code"_s, node->code}, {u"title"_s, node->title}});
    for (int depth = 0; node && !node->parent.isEmpty() && depth < MaxDepth; ++depth) {
        node = store.tabularNode(node->parent);
        if (!node)
            break;
        if (node->key.startsWith(u"CH:"_s))
            chapter = QJsonObject{{u"number"_s, node->key.mid(3)}, {u"title"_s, node->title}};
        else if (node->key.startsWith(u"S:"_s))
            section = QJsonObject{{u"range"_s, node->code}, {u"title"_s, node->title}};
        else
            ancestors.prepend(QJsonObject{{u"code"_s, node->code}, {u"title"_s, node->title}});
    }
    page.insert(u"chapter"_s, chapter);
    page.insert(u"section"_s, section);
    page.insert(u"ancestors"_s, ancestors);

    QJsonArray children;
    const QList<TabularNode> childNodes = own ? store.tabularChildren(key) : QList<TabularNode>();
    for (const TabularNode &child : childNodes) {
        children.append(QJsonObject{{u"code"_s, child.code},
                                    {u"title"_s, child.title},
                                    {u"billable"_s, billableOf(store, child.code, orderVersion.has_value(), child.key)}});
    }
    page.insert(u"children"_s, children);

    QJsonArray notes;
    for (const CodeNote &note : store.notes(dotted)) {
        notes.append(QJsonObject{{u"type"_s, noteKindName(note.kind)},
                                 {u"text"_s, note.text},
                                 {u"from"_s, note.origin},
                                 {u"inherited"_s, codeKey(note.origin) != key}});
    }
    page.insert(u"notes"_s, notes);

    QJsonArray seventh;
    if (childNodes.isEmpty()) {
        for (const SeventhCharacter &extension : store.seventhCharacters(dotted)) {
            seventh.append(QJsonObject{
                {u"character"_s, extension.character}, {u"meaning"_s, extension.meaning}, {u"code"_s, extension.code}});
        }
    }
    page.insert(u"seventhCharacters"_s, seventh);

    page.insert(u"source"_s,
                QJsonObject{{u"orderFile"_s, versionJson(orderVersion)}, {u"tabularList"_s, versionJson(tabularVersion)}});
    if (!tabularVersion) {
        page.insert(u"missing"_s, u"The ICD-10-CM tabular list (XML) is not imported: no notes, chapter, section or "
                                  "seventh characters. Import it with Tools > Code Sets or `codedesk codeset import "
                                  "icd10cm FILE.xml`."_s);
    } else if (!orderVersion) {
        page.insert(u"missing"_s, u"The ICD-10-CM order file is not imported: billable status comes from the tabular "
                                  "list and codes with a seventh character are not searchable. Import it with Tools > "
                                  "Code Sets or `codedesk codeset import icd10cm FILE.txt`."_s);
    }
    return page;
}

} // namespace codedesk::Icd10Page
