#pragma once

#include "worksheet/ValidationContext.h"

#include <QDate>

namespace codedesk {

class Workspace;

// The rules' context over a loaded Workspace: its modifier dictionary, Medicare indicators and
// worksheet tables; a code is known when the catalog or any reference table has it; diagnoses are
// described from the bundled list. The workspace must outlive the context.
ValidationContext validationContext(const Workspace &workspace, QDate today = QDate::currentDate());

} // namespace codedesk
