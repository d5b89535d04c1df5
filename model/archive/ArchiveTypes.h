#pragma once

#include "model/items/Contact.h"
#include "model/items/Event.h"
#include "model/items/ItemKind.h"
#include "model/items/Photo.h"
#include "model/items/Todo.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// Value types of the archive's API. They cross threads; nothing here refers to a connection.
namespace Lifeboat {

enum class SnapshotState { Running, Complete, Failed, Cancelled };
QString snapshotStateName(SnapshotState state);  // running, complete, failed, cancelled
std::optional<SnapshotState> snapshotStateFromName(const QString &name);

struct DeviceRecord
{
    qint64 id = 0;
    QString serialNumber;
    QString manufacturer;
    QString model;
    QString friendlyName;
    bool operator==(const DeviceRecord &) const = default;
};

struct KindCounts
{
    qint64 contacts = 0;
    qint64 events = 0;
    qint64 todos = 0;
    qint64 photos = 0;
    qint64 other = 0;
    qint64 &operator[](ItemKind kind);
    bool operator==(const KindCounts &) const = default;
};

struct SnapshotInfo
{
    qint64 id = 0;
    qint64 deviceId = 0;
    SnapshotState state = SnapshotState::Running;
    QDateTime started;
    QDateTime finished;
    QString error;
    KindCounts counts;   // objects per kind
    qint64 objectCount = 0;
    quint64 totalBytes = 0;
};

// An object as the handset had it. Rows are immutable: a snapshot that contains the same
// object unchanged shares the row.
struct ObjectRecord
{
    qint64 id = 0;
    quint32 storageId = 0;
    QString storageDescription;
    QString parentPath;    // "DCIM/Camera", empty at the storage root
    QString name;
    quint16 format = 0;    // MTP object format code
    quint64 size = 0;
    QDateTime modified;
    ItemKind kind = ItemKind::Other;
    QByteArray contentHash;  // SHA-256 of the content; empty when the content is not kept

    QString path() const;
    bool sameObject(const ObjectRecord &other) const;  // equal apart from the id
};

template<typename Item>
struct Indexed
{
    qint64 objectId = 0;
    Item item;
};
using IndexedContact = Indexed<Contact>;
using IndexedEvent = Indexed<Event>;
using IndexedTodo = Indexed<Todo>;
using IndexedPhoto = Indexed<Photo>;

// What a parser made of one object's bytes, for Archive::rebuildIndex.
struct ParsedItems
{
    QList<Contact> contacts;
    QList<Event> events;
    QList<Todo> todos;
    std::optional<Photo> photo;
};

struct SearchHit
{
    ItemKind kind = ItemKind::Other;
    qint64 objectId = 0;
    QString uid;       // contacts, events, to-dos
    QString title;     // display name, summary or file name
    QString snippet;   // matching text with the match in [brackets]
};

struct ObjectChange
{
    ObjectRecord before;
    ObjectRecord after;
};

// A PIM item identified by UID (events: UID plus RECURRENCE-ID).
struct ItemRef
{
    QString uid;
    QString title;
    qint64 objectId = 0;
};

struct KindDiff
{
    QList<ObjectRecord> addedObjects;
    QList<ObjectRecord> removedObjects;
    QList<ObjectChange> changedObjects;  // same path, different content
    QList<ItemRef> addedItems;
    QList<ItemRef> removedItems;
    QList<ItemRef> changedItems;         // same UID, different fields (the newer one listed)
    bool isEmpty() const;
};

struct SnapshotDiff
{
    qint64 fromSnapshot = 0;
    qint64 toSnapshot = 0;
    QMap<ItemKind, KindDiff> kinds;   // every kind present, possibly empty
};

struct VerifyReport
{
    bool ok() const { return problems.isEmpty(); }
    QStringList problems;              // one line each, untranslated detail
    QList<QByteArray> damagedContents; // content hashes that no longer match
    QList<ObjectRecord> affectedObjects;
    QList<qint64> affectedSnapshots;
    // Each affected snapshot's damaged objects (ids in affectedObjects), so a report can say
    // which items of which snapshot are lost.
    QMap<qint64, QList<qint64>> affectedObjectsBySnapshot;
    quint64 chunksChecked = 0;
    quint64 contentsChecked = 0;
    quint64 bytesChecked = 0;
    bool cancelled = false;
};

} // namespace Lifeboat
