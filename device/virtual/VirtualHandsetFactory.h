#pragma once

#include "common/Result.h"
#include "device/virtual/MtpResponder.h"
#include "device/virtual/VirtualHandsetOptions.h"

#include <QCoreApplication>

#include <memory>

namespace Lifeboat {

// Storage id of the virtual handset's one storage (as on most phones: 0x00010001).
inline constexpr quint32 VirtualStorageId = 0x00010001;

// Builds a virtual handset: its storage (a directory or the generated demo set) and responder.
// Fails when the directory does not exist or the options make no sense.
Result<std::unique_ptr<MtpResponder>> createVirtualHandset(const VirtualHandsetOptions &options);

} // namespace Lifeboat
