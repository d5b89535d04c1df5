#!/usr/bin/env bash
# Regenerates the photo fixtures (run once; the outputs are committed). Needs ImageMagick's
# convert, exiftool (libimage-exiftool-perl) and python3. The tests only read the outputs.
set -euo pipefail
cd "$(dirname "$0")"

convert -size 160x120 gradient:yellow-green -quality 60 -strip /tmp/lifeboat-thumb.jpg

# Canon-style: Intel byte order, offset and sub-seconds, a 160x120 thumbnail in IFD1.
convert -size 640x480 gradient:red-blue -quality 70 -strip canon_ii.jpg
exiftool -q -overwrite_original -ExifByteOrder=II -Make=Canon "-Model=Canon EOS 80D" \
  "-DateTimeOriginal=2024:07:14 09:30:15" -SubSecTimeOriginal=42 "-OffsetTimeOriginal=+02:00" \
  "-CreateDate=2024:07:14 09:30:15" "-ModifyDate=2024:07:20 18:00:00" \
  -ExifImageWidth=640 -ExifImageHeight=480 "-ThumbnailImage<=/tmp/lifeboat-thumb.jpg" canon_ii.jpg

# Motorola byte order, no offset (local time), no thumbnail.
convert -size 640x480 gradient:red-blue -quality 70 -strip moto_mm.jpg
exiftool -q -overwrite_original -ExifByteOrder=MM -Make=motorola "-Model=moto g(8)" \
  "-DateTimeOriginal=2023:12:31 23:59:58" "-ModifyDate=2024:01:01 10:00:00" \
  -ExifImageWidth=640 -ExifImageHeight=480 moto_mm.jpg

# Only DateTimeDigitized (exiftool's CreateDate) with its own offset, and DateTime.
convert -size 640x480 gradient:red-blue -quality 70 -strip digitized_only.jpg
exiftool -q -overwrite_original -ExifByteOrder=MM "-CreateDate=2022:03:04 05:06:07" \
  "-OffsetTimeDigitized=-05:00" "-ModifyDate=2022:03:05 00:00:00" digitized_only.jpg

# Only IFD0 DateTime.
convert -size 320x200 gradient:white-black -quality 70 -strip datetime_only.jpg
exiftool -q -overwrite_original -ExifByteOrder=II "-ModifyDate=2020:02:29 12:00:00" datetime_only.jpg

# EXIF pixel size differing from the frame; craft.py zeroes the frame height (DNL style).
convert -size 640x480 gradient:red-blue -quality 70 -strip dnl.jpg
exiftool -q -overwrite_original -ExifImageWidth=1280 -ExifImageHeight=960 dnl.jpg

convert -size 320x200 gradient:white-black -quality 70 -strip no_exif.jpg
convert -size 48x32 gradient:navy-orange -strip plain.png
convert -size 48x32 gradient:navy-orange -strip png_exif.png
exiftool -q -overwrite_original "-DateTimeOriginal=2021:06:01 08:00:00" "-OffsetTimeOriginal=+09:00" png_exif.png

rm -f /tmp/lifeboat-thumb.jpg
python3 craft.py
