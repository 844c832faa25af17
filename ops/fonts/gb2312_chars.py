"""Writes chars.txt: the characters of the daily report's font subset (see src/main/resources/fonts/README.md)."""
chars = set()
for hi in range(0xA1, 0xF8):
    if 0xAA <= hi < 0xB0:
        continue
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
chars.update(chr(cp) for cp in range(0x20, 0x7F))
chars.update(chr(cp) for cp in list(range(0x3000, 0x3040)) + list(range(0xFF00, 0xFF66)))
chars.update(chr(cp) for cp in (0xB0, 0xB7, 0xD7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2103, 0xB2, 0x33A1, 0x2116))
open('chars.txt', 'w', encoding='utf-8').write(''.join(sorted(chars)))
print(len(chars))
