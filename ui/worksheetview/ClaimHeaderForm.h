#pragma once

#include "worksheet/WorksheetFields.h"

#include <QHash>
#include <QWidget>

class QLineEdit;

namespace codedesk {
class WorksheetDocument;
}

namespace codedesk::ui {

// The claim header as a form. Each keystroke is an edit on the document's undo stack (typing in
// one field merges into one step); undo and redo flow back into the fields.
class ClaimHeaderForm final : public QWidget
{
    Q_OBJECT

public:
    ClaimHeaderForm(WorksheetDocument *document, const QStringList &placesOfService, QWidget *parent = nullptr);

    QLineEdit *field(ClaimField field) const { return m_fields.value(int(field)); }
    void setReadOnly(bool readOnly);
    bool hasDateError() const; // the date field holds text that is not a date

private:
    QLineEdit *addField(ClaimField field, const QString &objectName, const QString &placeholder);
    void refresh(ClaimField field);
    void refreshAll();
    void finishDate();
    void setDateError(bool error);

    WorksheetDocument *m_document;
    QHash<int, QLineEdit *> m_fields;
};

} // namespace codedesk::ui
