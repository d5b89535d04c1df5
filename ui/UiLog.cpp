#include "ui/UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "lifeboat.ui", QtWarningMsg)
