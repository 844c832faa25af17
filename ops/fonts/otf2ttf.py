import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
f=TTFont(sys.argv[1])
gs=f.getGlyphSet(); order=f.getGlyphOrder()
glyf=newTable('glyf'); glyf.glyphOrder=order; glyf.glyphs={}
for n in order:
    p=TTGlyphPen(gs); gs[n].draw(Cu2QuPen(p,1.0,reverse_direction=True)); glyf[n]=p.glyph()
f['glyf']=glyf; f['loca']=newTable('loca')
f['maxp']=newTable('maxp'); m=f['maxp']; m.tableVersion=0x00010000; m.maxZones=1; m.maxTwilightPoints=0; m.maxStorage=0; m.maxFunctionDefs=0; m.maxInstructionDefs=0; m.maxStackElements=0; m.maxSizeOfInstructions=0; m.maxComponentElements=max(len(g.components if hasattr(g,'components') else []) for g in glyf.glyphs.values())
del f['CFF ']
if 'VORG' in f: del f['VORG']
f['head'].glyphDataFormat=0
f['post'].formatType=2.0; f['post'].extraNames=[]; f['post'].mapping={}; f['post'].glyphOrder=order
f.sfntVersion='\x00\x01\x00\x00'
f.save(sys.argv[2])
