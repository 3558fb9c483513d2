#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <vector>

namespace codedesk {

// Inserts many rows with few statements: rows are bound into one multi-row INSERT per batch,
// which SQLite runs several times faster than one statement per row.
class BatchInsert final
{
public:
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns, int batchRows = 256);

    bool add(const std::vector<QVariant> &row); // false on a database error
    bool finish();                              // inserts what is left
    QString errorString() const { return m_error; }
    qint64 rowCount() const { return m_total; }

private:
    QString statement(int rows) const;
    bool flush();

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_batchRows;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    std::vector<QVariant> m_pending;
    QString m_error;
    qint64 m_total = 0;
};

} // namespace codedesk
