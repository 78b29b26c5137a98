#include "util/Clock.h"

#include <QUuid>

namespace clinicdesk {

QString Clock::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace clinicdesk
