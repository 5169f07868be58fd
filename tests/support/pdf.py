"""Tiny PDFs written by hand for tests: one page of text in a standard font (a real text layer,
as a council's export has), a page with no text at all, or a scan: a picture of printed lines and
no text layer, as most collectivités publish."""

from __future__ import annotations


def _escape(line: str) -> bytes:
    raw = line.encode("cp1252")  # WinAnsiEncoding: French accents in a standard font
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines`, one per line ([] gives a page with no text)."""
    text = b"BT /F1 10 Tf 40 800 Td 12 TL " + b" ".join(b"(" + _escape(l) + b") Tj T*" for l in lines) + b" ET" if lines else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_scanned_pdf(lines: list[str], dpi: int = 150) -> bytes:
    """A one-page A4 PDF holding only an image of `lines` printed in DejaVu Sans (Debian
    fonts-dejavu-core), as a scanner makes it: no text layer."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("DejaVuSans.ttf", round(dpi / 5))
    page = Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(page)
    for number, line in enumerate(lines):
        draw.text((dpi * 0.4, dpi * 0.4 + number * dpi / 3), line, fill=0, font=font)
    out = io.BytesIO()
    page.save(out, "PDF", resolution=dpi)
    return out.getvalue()


def make_locked_pdf(lines: list[str], password: str = "secret") -> bytes:
    """`make_pdf(lines)` encrypted by pypdf (RC4, which needs no extra package) so that it opens
    only with `password`; with password "" it opens in any viewer and is only locked against editing."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(lines))))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
