#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_ptp (tests/fuzz/corpus/fuzz_ptp): one file per parser input,
its first byte choosing the parser as in fuzz_ptp.cpp, the rest little-endian PTP bytes as
written by real handsets (PTP 1.1 / MTP 1.1 dataset layouts)."""
import os
import struct
import sys

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "corpus", "fuzz_ptp")
os.makedirs(out, exist_ok=True)

def u8(v): return struct.pack("<B", v)
def u16(v): return struct.pack("<H", v)
def u32(v): return struct.pack("<I", v)
def u64(v): return struct.pack("<Q", v)
def s(text):
    if not text:
        return u8(0)
    units = text.encode("utf-16-le")
    return u8(len(units) // 2 + 1) + units + b"\0\0"
def a16(values): return u32(len(values)) + b"".join(u16(v) for v in values)

def write(name, selector, payload):
    with open(os.path.join(out, name), "wb") as f:
        f.write(bytes([selector]) + payload)

device_info = (u16(100) + u32(6) + u16(100) + s("microsoft.com: 1.0; android.com: 1.0;") + u16(0)
               + a16([0x1001, 0x1002, 0x1003, 0x1004, 0x1005, 0x1008, 0x1009, 0x100A, 0x100C,
                      0x100D, 0x101B, 0x9801, 0x9802, 0x9803, 0x9805])
               + a16([0x4002, 0x4003, 0x4004, 0x4005]) + a16([0xD401, 0xD402, 0x5001])
               + a16([]) + a16([0x3000, 0x3001, 0x3801, 0xBA82, 0xB906])
               + s("Google") + s("Pixel 7") + s("1.0") + s("29031FDH2005QK"))
write("deviceinfo-android", 0, device_info)
write("deviceinfo-empty-strings", 0, u16(100) + u32(6) + u16(100) + s("") + u16(0)
      + a16([]) * 5 + s("") * 4)
storage_info = (u16(3) + u16(2) + u16(0) + u64(128 << 30) + u64(40 << 30) + u32(0xFFFFFFFF)
                + s("Internal shared storage") + s(""))
write("storageinfo", 1, storage_info)
object_info = (u32(0x10001) + u16(0x3801) + u16(0) + u32(2_345_678) + u16(0x3801) + u32(0)
               + u32(160) + u32(120) + u32(4032) + u32(3024) + u32(24) + u32(7) + u16(0) + u32(0)
               + u32(0) + s("IMG_20240501_120000.jpg") + s("20240501T120000") + s("20240501T120000.0+0200") + s(""))
write("objectinfo-photo", 2, object_info)
folder_info = (u32(0x10001) + u16(0x3001) + u16(0) + u32(0) + u16(0) + u32(0) + u32(0) + u32(0)
               + u32(0) + u32(0) + u32(0) + u32(0) + u16(1) + u32(0) + u32(0) + s("DCIM")
               + s("") + s("20240101T000000Z") + s(""))
write("objectinfo-folder", 2, folder_info)
write("objectinfo-4gib", 2, object_info[:8] + u32(0xFFFFFFFF) + object_info[12:])

def prop(handle, code, datatype, value): return u32(handle) + u16(code) + u16(datatype) + value
props = [prop(7, 0xDC01, 0x0006, u32(0x10001)), prop(7, 0xDC02, 0x0004, u16(0x3801)),
         prop(7, 0xDC04, 0x0008, u64(5 << 30)), prop(7, 0xDC07, 0xFFFF, s("VID_large.mp4")),
         prop(7, 0xDC0B, 0x0006, u32(3)), prop(7, 0xDC09, 0xFFFF, s("20240501T120000")),
         prop(7, 0xDC41, 0x000A, u64(1) + u64(2)),
         prop(3, 0xDC01, 0x0006, u32(0x10001)), prop(3, 0xDC02, 0x0004, u16(0x3001)),
         prop(3, 0xDC07, 0xFFFF, s("Camera")), prop(3, 0xDC0B, 0x0006, u32(0)),
         prop(3, 0xDC44, 0x4004, u32(2) + u16(1) + u16(2))]
write("objproplist", 3, u32(len(props)) + b"".join(props))
write("objproplist-empty", 3, u32(0))

def container(kind, code, tid, params=(), payload=b""):
    body = b"".join(u32(p) for p in params) + payload
    return u32(12 + len(body)) + u16(kind) + u16(code) + u32(tid) + body
write("container-command", 4, container(1, 0x1002, 1, [1]))
write("container-response", 4, container(3, 0x2001, 5, [0x10001, 2]))
write("container-event", 4, container(4, 0x4002, 0, [42]))
write("container-data-unknown-length", 4, u32(0xFFFFFFFF) + u16(2) + u16(0x1009) + u32(9))

write("value-uint32", 5, u16(0x0006) + u32(87))
write("value-string", 5, u16(0xFFFF) + s("Anna's phone"))
write("value-array", 5, u16(0x4002) + u32(3) + b"\x01\x02\x03")
write("value-u128", 5, u16(0x000A) + u64(1) + u64(2))

def record(handle, storage, parent, folder, name, size):
    return u32(handle) + u8(storage) + b"\0\0\0" + u32(parent) + u16(1 if folder else 0) + u8(name) + u8(size)
write("tree-nested", 6, record(1, 0, 0, True, 5, 0) + record(2, 0, 1, True, 6, 0) + record(3, 0, 2, False, 6, 9))
write("tree-cycle", 6, record(1, 0, 2, True, 2, 0) + record(2, 0, 1, True, 1, 0) + record(3, 0, 1, False, 3, 9))

for i, text in enumerate(["20240501T120000", "20240501T120000.5Z", "20240501T120000-0730", "", "2024"]):
    write(f"datetime-{i}", 7, text.encode())
