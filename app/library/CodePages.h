#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace codedesk {

class Workspace;

// Which kind of page a code has, with its title: one row of the ambiguity list.
struct CodePageRef
{
    QString kind; // "procedure", "icd10cm", "hcpcs", "modifier", "pos", "pfs"
    QString code; // as that kind writes it ("J11.00")
    QString title;
};

// The page data of every code the library holds, in the JSON shapes of DESIGN.md "Code pages",
// for `codedesk show` and for the window's reference page alike.
class CodePages final
{
public:
    explicit CodePages(const Workspace &workspace);

    static QStringList kindNames(); // the contract's order

    // Every kind that holds `code` (a procedure code is never also pfs: pfs is for codes no
    // other kind has).
    QList<CodePageRef> kindsOf(const QString &code) const;
    // Every code of a short kind ("modifier", "pos"), by code: the Modifiers view. Empty for others.
    QList<CodePageRef> listAll(const QString &kind) const;
    // nullopt when that kind does not hold the code (or the kind is unknown).
    std::optional<QJsonObject> page(const QString &kind, const QString &code) const;
    // The code as that kind writes it and its title, as page() would give them, without building
    // the page: what a search hit needs. nullopt exactly when page() is.
    std::optional<CodePageRef> ref(const QString &kind, const QString &code) const;

private:
    std::optional<QJsonObject> procedurePage(const QString &code) const;
    std::optional<QJsonObject> hcpcsPage(const QString &code) const;
    std::optional<QJsonObject> modifierPage(const QString &code) const;
    std::optional<QJsonObject> placeOfServicePage(const QString &code) const;
    std::optional<QJsonObject> feeSchedulePage(const QString &code) const;
    QJsonObject feeSchedule(const QString &code) const;
    // The place for the payer edits (NCCI PTP partners, MUE) of a procedure, HCPCS or PFS code:
    // nothing yet; the claims work adds a "payerEdits" section here.
    void addPayerEdits(QJsonObject *page, const QString &code) const;
    bool holdsFeeScheduleOnly(const QString &code) const;
    std::optional<CodePageRef> modifierRef(const QString &code) const;

    const Workspace &m_workspace;
};

} // namespace codedesk
