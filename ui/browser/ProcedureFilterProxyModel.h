#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace codedesk::ui {

// Filters the procedure list as the coder types. Code and title matches are decided here, at
// once, on every keystroke; matches in the body of the reports arrive later from the catalog's
// full-text search (off the GUI thread) through setTextMatches(). Facets narrow further.
// The source lists codes in code order, as ProcedureListModel does: sorting and code-prefix
// matching rely on it.
// Ranked: code matches, then title matches, then body matches; code order otherwise.
class ProcedureFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Facet
    {
        Approach,
        Energy,
        Organ,
        Site,
        Payer
    };

    explicit ProcedureFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // Scores by code from the full-text search of the current query (higher is better).
    void setTextMatches(const QHash<QString, double> &scores);

    void setFacet(Facet facet, const QString &value); // empty: any
    QString facet(Facet facet) const { return m_facets.value(int(facet)); }

    // Words of the query, for highlighting.
    QStringList terms() const { return m_words; }

    // Values present in the source for a facet, for the filter menus.
    QStringList facetValues(Facet facet) const;
    static QStringList siteVocabulary();

    // Dragging a code out of the list (onto a worksheet) carries the code.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    static QString codeMimeType();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct RowText
    {
        QString code;
        QString title; // case-folded
    };
    void rebuildCache();
    // Scores are computed once per query or text-match change, never per comparison: sorting and
    // filtering 10,000 rows on each keystroke only reads them.
    double quickScore(int sourceRow) const; // code (within m_codeRange) or title match; 0: none
    std::pair<int, int> codePrefixRange() const;
    void rescoreQuick(bool narrowing); // narrowing: only rows that matched the previous query
    void applyTextScores();
    double score(int sourceRow) const { return m_scores.value(sourceRow, 0); }
    bool matchesFacets(int sourceRow) const;

    QString m_query;
    QString m_queryCode;
    QStringList m_words;
    QHash<QString, double> m_textScores;
    QHash<int, QString> m_facets;
    QList<RowText> m_rows;
    std::pair<int, int> m_codeRange{0, 0}; // source rows whose code starts with the query
    QList<double> m_quickScores;           // per source row: code and title matches of the current query
    QList<int> m_quickRows;                // the source rows with a quick score
    QList<double> m_scores;                // per source row: quick score, else the full-text score
};

} // namespace codedesk::ui
