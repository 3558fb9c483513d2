#include "GeneratedReport.h"

namespace codedesk::test {

QByteArray generatedReport(int rows)
{
    QByteArray bytes = "Summary & Overview\nCPT 99999: Generated Report\nKey payers include A, B, and C.\n"
                       "Billing Code Overview\nService type: Generated\nTypical site of service: Anywhere\n"
                       "Clinical & Coding Specifications\nClinical Context\nNone.\nCoding Specifications\n"
                       "| Modifier | Description | When to Use |\n|---|---|---|\n";
    for (int i = 0; i < rows - 1; ++i) {
        bytes += (i % 2 ? "" : "| ") + QByteArray::number(10 + i % 90) + " | Description " + QByteArray::number(i) +
                 " | When to use it, case " + QByteArray::number(i) + " |\n";
    }
    bytes += "22 |";
    return bytes;
}

} // namespace codedesk::test
