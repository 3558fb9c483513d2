#include "browser/ProcedureFilterProxyModel.h"

#include "catalog/ProcedureListModel.h"
#include "catalog/ProcedureRoles.h"

#include <QMimeData>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

// Site of service is free text in the reports; the filter offers these settings and matches
// them by the words that name them.
struct SiteTerm
{
    QString label;
    QStringList words;
};

const QList<SiteTerm> &siteTerms()
{
    static const QList<SiteTerm> terms{
        {u"Inpatient hospital"_s, {u"inpatient"_s}},
        {u"Outpatient hospital"_s, {u"outpatient"_s}},
        {u"Ambulatory surgical center"_s, {u"ambulatory surg"_s, u"asc"_s}},
        {u"Office"_s, {u"office"_s}},
        {u"Interventional radiology suite"_s, {u"interventional radiology"_s, u"ir suite"_s, u"(ir)"_s}},
        {u"Operating room"_s, {u"operating room"_s, u"surgical suite"_s}},
    };
    return terms;
}

bool siteMatches(const QString &siteText, const QString &label)
{
    const QString folded = siteText.toCaseFolded();
    for (const SiteTerm &term : siteTerms()) {
        if (term.label != label)
            continue;
        for (const QString &word : term.words) {
            if (folded.contains(word))
                return true;
        }
    }
    return false;
}

} // namespace

ProcedureFilterProxyModel::ProcedureFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void ProcedureFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &ProcedureFilterProxyModel::rebuildCache);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProcedureFilterProxyModel::rebuildCache);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ProcedureFilterProxyModel::rebuildCache);
    rebuildCache();
}

void ProcedureFilterProxyModel::rebuildCache()
{
    m_rows.clear();
    if (!sourceModel())
        return;
    const int count = sourceModel()->rowCount();
    m_rows.reserve(count);
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = sourceModel()->index(row, 0);
        m_rows.append({index.data(CodeRole).toString().toUpper(), index.data(TitleRole).toString().toCaseFolded()});
    }
    Q_ASSERT_X(std::is_sorted(m_rows.cbegin(), m_rows.cend(),
                              [](const RowText &a, const RowText &b) { return a.code < b.code; }),
               "ProcedureFilterProxyModel", "the source must list codes in code order");
    rescoreQuick(false);
    applyTextScores();
    invalidate();
}

void ProcedureFilterProxyModel::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    // Typing on at the end of the query can only narrow the code and title matches.
    const bool narrowing = !m_query.isEmpty() && trimmed.toCaseFolded().startsWith(m_query.toCaseFolded());
    m_query = trimmed;
    m_queryCode = trimmed.toUpper().remove(u' ');
    static const QRegularExpression separators(u"[^\\w]+"_s);
    m_words = trimmed.toCaseFolded().split(separators, Qt::SkipEmptyParts);
    m_textScores.clear();
    rescoreQuick(narrowing);
    applyTextScores();
    invalidate();
}

void ProcedureFilterProxyModel::setTextMatches(const QHash<QString, double> &scores)
{
    m_textScores = scores;
    applyTextScores();
    invalidate();
}

void ProcedureFilterProxyModel::setFacet(Facet facet, const QString &value)
{
    if (m_facets.value(int(facet)) == value)
        return;
    if (value.isEmpty())
        m_facets.remove(int(facet));
    else
        m_facets.insert(int(facet), value);
    invalidateFilter();
}

QStringList ProcedureFilterProxyModel::siteVocabulary()
{
    QStringList labels;
    for (const SiteTerm &term : siteTerms())
        labels << term.label;
    return labels;
}

QStringList ProcedureFilterProxyModel::facetValues(Facet facet) const
{
    const auto *model = qobject_cast<const ProcedureListModel *>(sourceModel());
    if (!model)
        return {};
    QSet<QString> values;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Procedure *procedure = model->procedureAt(row);
        switch (facet) {
        case Facet::Approach:
            values.unite(QSet<QString>(procedure->facets.approaches.begin(), procedure->facets.approaches.end()));
            break;
        case Facet::Energy:
            values.unite(QSet<QString>(procedure->facets.energies.begin(), procedure->facets.energies.end()));
            break;
        case Facet::Organ:
            values.unite(QSet<QString>(procedure->facets.organs.begin(), procedure->facets.organs.end()));
            break;
        case Facet::Payer:
            values.unite(QSet<QString>(procedure->payers.begin(), procedure->payers.end()));
            break;
        case Facet::Site:
            for (const QString &label : siteVocabulary()) {
                if (siteMatches(procedure->siteOfService, label))
                    values.insert(label);
            }
            break;
        }
    }
    QStringList sorted(values.begin(), values.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

double ProcedureFilterProxyModel::quickScore(int sourceRow) const
{
    const RowText &row = m_rows.at(sourceRow);
    if (m_codeRange.first <= sourceRow && sourceRow < m_codeRange.second)
        return row.code == m_queryCode ? 1000 : 900;
    if (m_words.isEmpty())
        return 0;
    for (const QString &word : m_words) {
        if (!row.title.contains(word))
            return 0;
    }
    return 500;
}

std::pair<int, int> ProcedureFilterProxyModel::codePrefixRange() const
{
    if (m_queryCode.isEmpty())
        return {0, 0};
    // The source lists codes in order, so the codes starting with the query are one run of rows.
    const auto byCode = [](const RowText &row, const QString &code) { return row.code < code; };
    const auto first = std::lower_bound(m_rows.cbegin(), m_rows.cend(), m_queryCode, byCode);
    auto last = first;
    while (last != m_rows.cend() && last->code.startsWith(m_queryCode))
        ++last;
    return {int(first - m_rows.cbegin()), int(last - m_rows.cbegin())};
}

void ProcedureFilterProxyModel::rescoreQuick(bool narrowing)
{
    m_codeRange = codePrefixRange();
    if (m_query.isEmpty() || !narrowing) {
        m_quickScores.fill(0, m_rows.size());
        m_quickRows.clear();
        if (m_query.isEmpty())
            return;
        for (int row = 0; row < m_rows.size(); ++row)
            m_quickRows.append(row);
    }
    QList<int> matched;
    for (const int row : std::as_const(m_quickRows)) {
        m_quickScores[row] = quickScore(row);
        if (m_quickScores[row] > 0)
            matched.append(row);
    }
    m_quickRows = matched;
}

void ProcedureFilterProxyModel::applyTextScores()
{
    m_scores = m_quickScores;
    const auto *model = qobject_cast<const ProcedureListModel *>(sourceModel());
    if (!model)
        return;
    for (auto it = m_textScores.cbegin(); it != m_textScores.cend(); ++it) {
        const int row = model->rowOf(it.key());
        if (row >= 0 && row < m_scores.size() && m_scores.at(row) == 0)
            m_scores[row] = it.value();
    }
}

bool ProcedureFilterProxyModel::matchesFacets(int sourceRow) const
{
    if (m_facets.isEmpty())
        return true;
    const auto *model = qobject_cast<const ProcedureListModel *>(sourceModel());
    const Procedure *procedure = model ? model->procedureAt(sourceRow) : nullptr;
    if (!procedure)
        return true;
    for (auto it = m_facets.cbegin(); it != m_facets.cend(); ++it) {
        const QString &value = it.value();
        switch (Facet(it.key())) {
        case Facet::Approach:
            if (!procedure->facets.approaches.contains(value))
                return false;
            break;
        case Facet::Energy:
            if (!procedure->facets.energies.contains(value))
                return false;
            break;
        case Facet::Organ:
            if (!procedure->facets.organs.contains(value))
                return false;
            break;
        case Facet::Payer:
            if (!procedure->payers.contains(value))
                return false;
            break;
        case Facet::Site:
            if (!siteMatches(procedure->siteOfService, value))
                return false;
            break;
        }
    }
    return true;
}

QString ProcedureFilterProxyModel::codeMimeType()
{
    return u"application/x-codedesk-code"_s;
}

Qt::ItemFlags ProcedureFilterProxyModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QSortFilterProxyModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList ProcedureFilterProxyModel::mimeTypes() const
{
    return {codeMimeType(), u"text/plain"_s};
}

QMimeData *ProcedureFilterProxyModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const QString code = indexes.first().data(CodeRole).toString();
    auto *mime = new QMimeData;
    mime->setData(codeMimeType(), code.toUtf8());
    mime->setText(code);
    return mime;
}

bool ProcedureFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    if (!matchesFacets(sourceRow))
        return false;
    return m_query.isEmpty() || score(sourceRow) > 0;
}

bool ProcedureFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_query.isEmpty()) {
        const double a = score(left.row());
        const double b = score(right.row());
        if (a != b)
            return a > b;
    }
    return left.row() < right.row(); // the same as code order, without comparing strings
}

} // namespace codedesk::ui
