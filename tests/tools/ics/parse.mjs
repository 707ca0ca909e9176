// Reads an .ics file with ical.js (independent of the service) and prints what a calendar client would see, as JSON.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const zone = calendar.getFirstSubcomponent('vtimezone');
if (zone) {
  ICAL.TimezoneService.register(new ICAL.Timezone(zone));
}
const vevent = calendar.getFirstSubcomponent('vevent');
const event = new ICAL.Event(vevent);
console.log(JSON.stringify({
  method: calendar.getFirstPropertyValue('method'),
  uid: event.uid,
  sequence: event.sequence,
  summary: event.summary,
  location: event.location,
  description: event.description,
  status: vevent.getFirstPropertyValue('status'),
  tzid: vevent.getFirstProperty('dtstart').getParameter('tzid'),
  startUtc: event.startDate.toJSDate().toISOString(),
  endUtc: event.endDate.toJSDate().toISOString(),
}));
