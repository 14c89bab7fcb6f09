#pragma once

#include <QLoggingCategory>

// The purchase wizard's own category below amigo.ui, so its steps can be traced on their own.
Q_DECLARE_LOGGING_CATEGORY(lcPurchase)
