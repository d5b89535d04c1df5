#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace Lifeboat {

class Database;

// The archive's tables, its version (PRAGMA user_version), forward migrations, and the check
// that a file from elsewhere has exactly our shape before anything else touches it.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::Schema)

public:
    static constexpr int CurrentVersion = 1;
    static constexpr qint64 ApplicationId = 0x4C464254;  // "LFBT"

    // `encrypted`: with the tables of an encrypted archive (the caller fills `encryption`).
    static Status create(Database &db, bool encrypted = false);
    // Refuses a newer file, migrates an older one (read-write only), then validates the shape.
    static Status openExisting(Database &db);

private:
    static Status checkHeader(Database &db, int *version);
    static Status migrate(Database &db, int fromVersion);
    static Status validate(Database &db);
    static Status quickCheck(Database &db);
};

} // namespace Lifeboat
