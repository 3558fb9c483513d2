#include "worksheet/WorksheetContent.h"

namespace codedesk {

Money WorksheetContent::totalCharge() const
{
    Money total;
    for (const ClaimLine &line : lines) {
        if (line.charge)
            total += *line.charge;
    }
    return total;
}

} // namespace codedesk
