#pragma once

#include "model/items/ItemKind.h"

#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

// How kinds are named to a person (the CLI's itemKindName() is for scripts).
class KindText
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::KindText)
public:
    static QString singular(ItemKind kind);
    static QString plural(ItemKind kind);
};

} // namespace Lifeboat
