#!/usr/bin/env python3
"""Writes the hand-crafted photo fixtures: damaged and hostile EXIF, truncations, and HEIF
box structures laid out as ISO/IEC 23008-12 describes (no image data is needed to read
metadata). Run by make_fixtures.sh after the real files exist."""
import struct

def read(name):
    with open(name, 'rb') as f:
        return f.read()

def write(name, data):
    with open(name, 'wb') as f:
        f.write(data)

def with_app1(jpeg, tiff):
    """A real stripped JPEG with an APP1 Exif segment put right after SOI."""
    assert jpeg[:2] == b'\xff\xd8'
    payload = b'Exif\0\0' + tiff
    return jpeg[:2] + b'\xff\xe1' + struct.pack('>H', len(payload) + 2) + payload + jpeg[2:]

class Tiff:
    """A TIFF block built by hand so that offsets can be made wrong on purpose."""
    def __init__(self, order):
        self.e = '<' if order == 'II' else '>'
        self.order = order.encode()
    def header(self, ifd0):
        return self.order + struct.pack(self.e + 'HI', 42, ifd0)
    def ifd(self, entries, next_ifd, count=None):
        out = struct.pack(self.e + 'H', len(entries) if count is None else count)
        for tag, typ, n, value in entries:
            if isinstance(value, bytes):
                out += struct.pack(self.e + 'HHI', tag, typ, n) + value.ljust(4, b'\0')
            else:
                out += struct.pack(self.e + 'HHII', tag, typ, n, value)
        return out + struct.pack(self.e + 'I', next_ifd)

ASCII, SHORT, LONG = 2, 3, 4
base = read('no_exif.jpg')

# IFD0 -> next IFD points back at IFD0; the Exif IFD holds the date.
t = Tiff('II')
date = b'2019:05:05 10:00:00\0'
ifd0_at, exif_at, data_at = 8, 8 + 2 + 2 * 12 + 4, 8 + 30 + 2 + 12 + 4
blob = t.header(ifd0_at)
blob += t.ifd([(0x0132, ASCII, 20, data_at), (0x8769, LONG, 1, exif_at)], ifd0_at)
blob += t.ifd([(0x9003, ASCII, 20, data_at)], 0)
assert len(blob) == data_at
write('ifd_loop.jpg', with_app1(base, blob + date))

# IFD0's next IFD is the Exif IFD already read.
blob = t.header(ifd0_at)
blob += t.ifd([(0x0132, ASCII, 20, data_at), (0x8769, LONG, 1, exif_at)], exif_at)
blob += t.ifd([(0x9003, ASCII, 20, data_at)], 0)
write('ifd_loop_exif.jpg', with_app1(base, blob + date))

# Every offset and count out of range; IFD1 thumbnail pointing far away.
t = Tiff('MM')
ifd1_at = 8 + 2 + 4 * 12 + 4
blob = t.header(8)
blob += t.ifd([(0x0132, ASCII, 20, 0xFFFFFF00), (0x8769, LONG, 1, 0x7FFFFFF0),
               (0x010F, ASCII, 0xFFFFFFFF, 0x20), (0xA002, LONG, 0x40000000, 8)], ifd1_at)
blob += t.ifd([(0x0201, LONG, 1, 0xFFFFFFF0), (0x0202, LONG, 1, 0xFFFFFFFF)], 0)
write('bad_offsets.jpg', with_app1(base, blob))

# A thumbnail that is not a JPEG, with a good date.
t = Tiff('II')
ifd1_at = 8 + 2 + 12 + 4
thumb_at = ifd1_at + 2 + 2 * 12 + 4
date_at = thumb_at + 100
blob = t.header(8)
blob += t.ifd([(0x0132, ASCII, 20, date_at)], ifd1_at)
blob += t.ifd([(0x0201, LONG, 1, thumb_at), (0x0202, LONG, 1, 100)], 0)
blob += b'A' * 100 + b'2017:01:02 03:04:05\0'
write('bad_thumbnail.jpg', with_app1(base, blob))

# An IFD claiming 65535 entries in a few bytes.
t = Tiff('MM')
write('huge_ifd_count.jpg', with_app1(base, t.header(8) + t.ifd([], 0, count=0xFFFF)))

# Not a TIFF header at all.
write('bad_tiff_header.jpg', with_app1(base, b'XX*\0\0\0\0\x08' + b'\0' * 16))

# Cameras with an unset clock write blanks or zeros; DateTimeDigitized is the usable one.
t = Tiff('MM')
exif_at = 8 + 2 + 2 * 12 + 4
data_at = exif_at + 2 + 2 * 12 + 4
blob = t.header(8)
blob += t.ifd([(0x0132, ASCII, 20, data_at + 40), (0x8769, LONG, 1, exif_at)], 0)
blob += t.ifd([(0x9003, ASCII, 20, data_at), (0x9004, ASCII, 20, data_at + 20)], 0)
blob += b'    :  :     :  :  \0' + b'2018:08:08 08:08:08\0' + b'0000:00:00 00:00:00\0'
write('blank_date.jpg', with_app1(base, blob))

# Frame height 0: the height would come in a DNL segment; EXIF gives 1280 x 960.
dnl = bytearray(read('dnl.jpg'))
sof = dnl.index(b'\xff\xc0')
dnl[sof + 5:sof + 7] = b'\0\0'
write('dnl.jpg', bytes(dnl))

canon = read('canon_ii.jpg')
write('truncated_exif.jpg', canon[:300])
# rfind: the thumbnail inside APP1 has a frame header of its own; scan data never holds FF C0.
write('truncated_scan.jpg', canon[:canon.rfind(b'\xff\xc0') + 200])

def box(kind, payload):
    return struct.pack('>I', 8 + len(payload)) + kind + payload

def full_box(kind, version, flags, payload):
    return box(kind, struct.pack('>I', version << 24 | flags) + payload)

def ftyp(major, *compatible):
    return box(b'ftyp', major + struct.pack('>I', 0) + b''.join(compatible))

def ispe(w, h):
    return full_box(b'ispe', 0, 0, struct.pack('>II', w, h))

def infe(item_id, item_type):
    return full_box(b'infe', 2, 0, struct.pack('>HH', item_id, 0) + item_type + b'\0')

hdlr = full_box(b'hdlr', 0, 0, struct.pack('>I', 0) + b'pict' + b'\0' * 12 + b'\0')

# iPhone-style grid: item 1 is a grid of tiles 2 and 3, each property list tied by ipma.
ipco = box(b'ipco', ispe(512, 512) + ispe(4032, 3024) + ispe(320, 240))
ipma = full_box(b'ipma', 0, 0, struct.pack('>I', 3)
                + struct.pack('>HBB', 1, 1, 0x80 | 2)
                + struct.pack('>HBB', 2, 1, 0x80 | 1)
                + struct.pack('>HBB', 3, 1, 0x80 | 1))
iinf = full_box(b'iinf', 0, 0, struct.pack('>H', 3) + infe(1, b'grid') + infe(2, b'hvc1') + infe(3, b'hvc1'))
meta = full_box(b'meta', 0, 0, hdlr + full_box(b'pitm', 0, 0, struct.pack('>H', 1)) + iinf
                + box(b'iprp', ipco + ipma))
write('grid.heic', ftyp(b'heic', b'mif1', b'heic') + meta + box(b'mdat', b'\0' * 64))

# Generic HEIF with one image and a lone ispe, meta after mdat.
meta = full_box(b'meta', 0, 0, hdlr + box(b'iprp', box(b'ipco', ispe(800, 600))))
write('single.heif', ftyp(b'mif1', b'mif1') + box(b'mdat', b'\0' * 64) + meta)

# Two sizes and nothing telling which is the picture.
meta = full_box(b'meta', 0, 0, hdlr + box(b'iprp', box(b'ipco', ispe(512, 512) + ispe(1024, 768))))
write('ambiguous.heic', ftyp(b'heic', b'mif1', b'heic') + meta)

# An MP4 video: an ftyp box, but no image brand.
write('video.mp4', ftyp(b'isom', b'isom', b'mp41') + box(b'mdat', b'\0' * 32))

# Wide ids and indices (pitm v1, ipma v1 with flags 1), meta in a 64-bit "largesize" box.
ipco = box(b'ipco', ispe(256, 256) + ispe(3000, 4000))
ipma = full_box(b'ipma', 1, 1, struct.pack('>I', 2)
                + struct.pack('>IBH', 70000, 1, 0x8000 | 2)
                + struct.pack('>IBH', 70001, 1, 0x8000 | 1))
children = hdlr + full_box(b'pitm', 1, 0, struct.pack('>I', 70000)) + box(b'iprp', ipco + ipma)
meta = struct.pack('>I', 1) + b'meta' + struct.pack('>Q', 16 + 4 + len(children)) + struct.pack('>I', 0) + children
write('wide_ids.heic', ftyp(b'heix', b'mif1', b'heix') + meta)

# PNG whose IHDR says 0 pixels wide (CRC left as it was: readers must not trust it anyway).
png = bytearray(read('plain.png'))
png[16:20] = b'\0\0\0\0'
write('png_zero_width.png', bytes(png))
write('truncated.png', read('plain.png')[:20])
