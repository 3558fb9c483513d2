#include "codesets/BatchInsert.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace codedesk {

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns, int batchRows)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_batchRows(batchRows)
    , m_full(db)
{
    m_pending.reserve(size_t(batchRows) * size_t(columns.size()));
}

QString BatchInsert::statement(int rows) const
{
    QString values = u"("_s + QString(u"?,"_s).repeated(m_columns.size());
    values.chop(1);
    values += u')';
    QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns.join(u", "_s));
    for (int i = 0; i < rows; ++i) {
        if (i)
            sql += u',';
        sql += values;
    }
    return sql;
}

bool BatchInsert::add(const std::vector<QVariant> &row)
{
    m_pending.insert(m_pending.end(), row.begin(), row.end());
    ++m_total;
    if (m_pending.size() >= size_t(m_batchRows) * size_t(m_columns.size()))
        return flush();
    return true;
}

bool BatchInsert::flush()
{
    if (m_pending.empty())
        return true;
    const auto rows = int(m_pending.size() / size_t(m_columns.size()));
    QSqlQuery partial(m_db);
    QSqlQuery *query = &m_full;
    if (rows == m_batchRows) {
        if (!m_fullPrepared && !m_full.prepare(statement(rows))) {
            m_error = m_full.lastError().text();
            return false;
        }
        m_fullPrepared = true;
    } else {
        query = &partial;
        if (!partial.prepare(statement(rows))) {
            m_error = partial.lastError().text();
            return false;
        }
    }
    for (qsizetype i = 0; i < qsizetype(m_pending.size()); ++i)
        query->bindValue(int(i), m_pending[size_t(i)]);
    if (!query->exec()) {
        m_error = query->lastError().text();
        return false;
    }
    m_pending.clear();
    return true;
}

bool BatchInsert::finish()
{
    return flush();
}

} // namespace codedesk
