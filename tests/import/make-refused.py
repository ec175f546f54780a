#!/usr/bin/env python3
"""Writes the files that `dutygraph import` must refuse, for the CLI cases
tests/cli/045x-import-*: random bytes under a .docx name, a .docx cut in
half, a zip that is no document, a .docx whose XML is broken or carries a
DTD, a .doc that is only an OLE2 header, a PDF cut short,
and a scanned PDF (one page, one image, no text).  Deterministic.  Two
more were made by hand once: 0455's encrypted.docx (an OLE2 file holding
EncryptionInfo and EncryptedPackage streams, as Office writes a document
with a password; `gsf createole` of libgsf-bin) and 0456's encrypted.pdf
(LibreOffice's PDF export with a DocumentOpenPassword).

Run from the source root: python3 tests/import/make-refused.py."""
import random
import zlib
import zipfile

CLI = "tests/cli/"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def docx(path, document):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in (("[Content_Types].xml", "<Types/>"), ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)


def scanned_pdf():
    """A one-page PDF whose page is an 8x8 grey image: what a scanner makes."""
    pixels = zlib.compress(bytes(range(0, 256, 4)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
    ]
    content = b"q 500 0 0 700 47 71 cm /Im0 Do Q"
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                   b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels)
                   + pixels + b"\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def main():
    r = random.Random(13)
    write(CLI + "0451-import-random-bytes/report.docx", bytes(r.randrange(256) for _ in range(512)))
    whole = open("tests/import/county-members.docx", "rb").read()
    write(CLI + "0453-import-corrupt-zip/report.docx", whole[: len(whole) // 2])
    with zipfile.ZipFile(CLI + "0459-import-zip-not-docx/report.docx", "w") as z:
        z.writestr(zipfile.ZipInfo("notes.txt", date_time=(1980, 1, 1, 0, 0, 0)), "安全生产")
    write(CLI + "0460-import-damaged-doc/report.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
    pdf = open("tests/import/county-members.pdf", "rb").read()
    write(CLI + "0461-import-damaged-pdf/report.pdf", pdf[:3000])
    write(CLI + "0457-import-scanned-pdf/scan.pdf", scanned_pdf())
    docx(CLI + "0462-import-docx-broken-xml/report.docx",
         f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>一、县应急管理局</w:t></w:r></w:body></w:document>')
    # libxml2 itself stops an entity loop (billion laughs); a document type
    # declaration of any size is refused before its entities are used.
    docx(CLI + "0463-import-docx-dtd/report.docx",
         f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "安全生产">]>'
         f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>')

if __name__ == "__main__":
    main()
