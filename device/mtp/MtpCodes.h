#pragma once

#include <QString>

// The PTP/MTP code points Lifeboat uses (MTP.md; USB-IF MTP 1.1, PIMA 15740). Shared by the
// initiator and the virtual handset's responder.
namespace Lifeboat::Mtp {

enum class ContainerType : quint16 { Command = 1, Data = 2, Response = 3, Event = 4 };

namespace Operation {
inline constexpr quint16 GetDeviceInfo = 0x1001;
inline constexpr quint16 OpenSession = 0x1002;
inline constexpr quint16 CloseSession = 0x1003;
inline constexpr quint16 GetStorageIDs = 0x1004;
inline constexpr quint16 GetStorageInfo = 0x1005;
inline constexpr quint16 GetObjectHandles = 0x1007;
inline constexpr quint16 GetObjectInfo = 0x1008;
inline constexpr quint16 GetObject = 0x1009;
inline constexpr quint16 DeleteObject = 0x100B;
inline constexpr quint16 SendObjectInfo = 0x100C;
inline constexpr quint16 SendObject = 0x100D;
inline constexpr quint16 GetDevicePropValue = 0x1015;
inline constexpr quint16 GetPartialObject = 0x101B;
inline constexpr quint16 GetPartialObject64 = 0x95C1; // Android extension
inline constexpr quint16 GetObjectPropsSupported = 0x9801;
inline constexpr quint16 GetObjectPropValue = 0x9803;
inline constexpr quint16 SetObjectPropValue = 0x9804;
inline constexpr quint16 GetObjPropList = 0x9805;
inline constexpr quint16 SendObjectPropList = 0x9808;
} // namespace Operation

namespace Response {
inline constexpr quint16 Ok = 0x2001;
inline constexpr quint16 GeneralError = 0x2002;
inline constexpr quint16 SessionNotOpen = 0x2003;
inline constexpr quint16 InvalidTransactionID = 0x2004;
inline constexpr quint16 OperationNotSupported = 0x2005;
inline constexpr quint16 ParameterNotSupported = 0x2006;
inline constexpr quint16 IncompleteTransfer = 0x2007;
inline constexpr quint16 InvalidStorageID = 0x2008;
inline constexpr quint16 InvalidObjectHandle = 0x2009;
inline constexpr quint16 InvalidObjectFormatCode = 0x200B;
inline constexpr quint16 StoreFull = 0x200C;
inline constexpr quint16 ObjectWriteProtected = 0x200D;
inline constexpr quint16 StoreReadOnly = 0x200E;
inline constexpr quint16 AccessDenied = 0x200F;
inline constexpr quint16 StoreNotAvailable = 0x2013;
inline constexpr quint16 DeviceBusy = 0x2019;
inline constexpr quint16 InvalidParentObject = 0x201A;
inline constexpr quint16 InvalidParameter = 0x201D;
inline constexpr quint16 SessionAlreadyOpen = 0x201E;
inline constexpr quint16 TransactionCancelled = 0x201F;
inline constexpr quint16 ObjectPropNotSupported = 0xA80A;
} // namespace Response

namespace Event {
inline constexpr quint16 CancelTransaction = 0x4001; // also the code in the 0x64 cancel request
inline constexpr quint16 ObjectAdded = 0x4002;
inline constexpr quint16 ObjectRemoved = 0x4003;
inline constexpr quint16 StoreAdded = 0x4004;
inline constexpr quint16 StoreRemoved = 0x4005;
inline constexpr quint16 ObjectInfoChanged = 0x4007;
inline constexpr quint16 StorageInfoChanged = 0x400C;
} // namespace Event

namespace Format {
inline constexpr quint16 Undefined = 0x3000;
inline constexpr quint16 Association = 0x3001;
inline constexpr quint16 ExifJpeg = 0x3801;
inline constexpr quint16 Png = 0x380B;
inline constexpr quint16 AbstractContact = 0xBB81;
inline constexpr quint16 VCard2 = 0xBB82;
inline constexpr quint16 VCard3 = 0xBB83;
inline constexpr quint16 VCalendar1 = 0xBE02;
inline constexpr quint16 ICalendar = 0xBE03;
} // namespace Format

namespace ObjectProp {
inline constexpr quint16 StorageID = 0xDC01;
inline constexpr quint16 ObjectFormat = 0xDC02;
inline constexpr quint16 ObjectSize = 0xDC04;
inline constexpr quint16 ObjectFileName = 0xDC07;
inline constexpr quint16 DateCreated = 0xDC08;
inline constexpr quint16 DateModified = 0xDC09;
inline constexpr quint16 ParentObject = 0xDC0B;
inline constexpr quint16 PersistentUniqueObjectIdentifier = 0xDC41;
inline constexpr quint16 Name = 0xDC44;
} // namespace ObjectProp

namespace DeviceProp {
inline constexpr quint16 BatteryLevel = 0x5001;
inline constexpr quint16 FriendlyName = 0xD402;
} // namespace DeviceProp

namespace DataType {
inline constexpr quint16 Int8 = 0x0001;
inline constexpr quint16 UInt8 = 0x0002;
inline constexpr quint16 Int16 = 0x0003;
inline constexpr quint16 UInt16 = 0x0004;
inline constexpr quint16 Int32 = 0x0005;
inline constexpr quint16 UInt32 = 0x0006;
inline constexpr quint16 Int64 = 0x0007;
inline constexpr quint16 UInt64 = 0x0008;
inline constexpr quint16 Int128 = 0x0009;
inline constexpr quint16 UInt128 = 0x000A;
inline constexpr quint16 ArrayFlag = 0x4000; // 0x4000 | element type
inline constexpr quint16 String = 0xFFFF;

// Bytes of one scalar of `type` (1..16), or 0 for strings, arrays and unknown types.
int scalarSize(quint16 type);
} // namespace DataType

namespace StorageAccess {
inline constexpr quint16 ReadWrite = 0;
inline constexpr quint16 ReadOnlyWithoutDeletion = 1;
inline constexpr quint16 ReadOnlyWithDeletion = 2;
} // namespace StorageAccess

inline constexpr quint16 AssociationTypeFolder = 1;
inline constexpr quint32 VendorExtensionMtp = 6;
inline constexpr quint32 AllStorages = 0xFFFFFFFF;
inline constexpr quint32 RootParent = 0xFFFFFFFF; // as a Parent parameter: the storage's root
inline constexpr quint32 AllObjects = 0xFFFFFFFF;

// Class requests on endpoint 0.
namespace ClassRequest {
inline constexpr quint8 Cancel = 0x64;
inline constexpr quint8 DeviceReset = 0x66;
inline constexpr quint8 GetDeviceStatus = 0x67;
inline constexpr quint8 TypeOut = 0x21; // host to device, class, interface
inline constexpr quint8 TypeIn = 0xA1; // device to host, class, interface
} // namespace ClassRequest

// Names for logs ("GetObject (0x1009)"); unknown codes appear as hex.
QString operationName(quint16 code);
QString responseName(quint16 code);
QString eventName(quint16 code);
QString formatName(quint16 code);
QString objectPropName(quint16 code);
QString dataTypeName(quint16 code);

} // namespace Lifeboat::Mtp
