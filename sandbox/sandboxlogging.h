#pragma once

#include <QLoggingCategory>

namespace Sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
}
