import { test } from 'vitest';
import { exportIcs } from '../../src/core/ics.ts';
test('probe', () => {
const evil = 'A\r\nATTENDEE:mailto:x@evil\rB\nC\u2028D';
const st:any = {schemaVersion:3, people:[{id:'p\r\nX:1',name:evil}], processes:[{id:'pr',company:evil,role:evil,status:'scheduled',notes:evil,createdAt:'2026-01-01T00:00:00Z',updatedAt:'2026-01-01T00:00:00Z',statusChangedAt:'2026-01-01T00:00:00Z',rounds:[{id:'r\r\nX-INJ:1',at:'2027-01-01T10:00:00+02:00',timeZone:evil,label:evil,interviewerIds:['p\r\nX:1']}]}],settings:{},history:[],connectLater:[],allowances:[],quarantine:[]};
console.log(JSON.stringify(exportIcs(st,new Date('2026-06-01T00:00:00Z'))));
});
