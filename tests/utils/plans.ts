import { createHash } from 'node:crypto';
import type { GraphPlan, PlanDocument, PlanMeeting, PlanOrganization } from '../../src/domain/graph-plan';
import { documentId, meetingId, organizationId, sourceId } from '../../src/domain/identity';

/**
 * A synthetic province for tests: one parent body with `bodies` children, each organizing `meetings` meetings that
 * each disseminate `documents` provincial plans. Every sentence is in the generated text, so the plan passes checkPlan.
 */
export function syntheticProvincePlan({ name, bodies, meetings, documents }: { name: string; bodies: number; meetings: number; documents: number }): GraphPlan {
  const lines: string[] = [];
  const sentence = (s: string) => {
    lines.push(s);
    return s;
  };
  const url = `https://example.test/${createHash('sha1').update(name).digest('hex').slice(0, 12)}`;
  const src = sourceId({ url, contentKey: name });
  const parentName = `Tỉnh ủy ${name}`;
  const parent: PlanOrganization = {
    id: organizationId(parentName), name: parentName, aliases: [], province: name, kind: 'PARTY_COMMITTEE',
    foundedOn: null, parentId: null, leadsId: null, quotes: [sentence(`${parentName} lãnh đạo toàn diện.`)],
  };
  const organizations: PlanOrganization[] = [parent];
  const plans: PlanDocument[] = [];
  const meetingList: PlanMeeting[] = [];
  const disseminations: GraphPlan['disseminations'] = [];
  for (let b = 0; b < bodies; b += 1) {
    const bodyName = `Đảng ủy cơ quan số ${b + 1} tỉnh ${name}`;
    const body: PlanOrganization = {
      id: organizationId(bodyName), name: bodyName, aliases: [], province: name, kind: 'PARTY_COMMITTEE',
      foundedOn: null, parentId: parent.id, leadsId: null, quotes: [sentence(`${bodyName} trực thuộc ${parentName}.`)],
    };
    organizations.push(body);
    for (let m = 0; m < meetings; m += 1) {
      const date = `2024-0${(m % 9) + 1}-1${b % 10}`;
      const title = `Hội nghị quán triệt số ${m + 1} của ${bodyName}`;
      const meeting: PlanMeeting = {
        id: meetingId({ organizerId: body.id, date, title }), title, date, format: 'IN_PERSON', connectedPoints: null,
        organizerId: body.id, quotes: [sentence(`${bodyName} tổ chức ${title}.`)],
      };
      meetingList.push(meeting);
      for (let d = 0; d < documents; d += 1) {
        const code = `${b * 100 + m * 10 + d + 1}-KH/TU`;
        const doc: PlanDocument = {
          id: documentId({ code, issuerAbbreviation: 'TU', issuerProvince: name, issuedOn: '2024-01-15' }),
          code, system: 'PARTY', kind: 'PLAN', typeName: 'Kế hoạch', name: `Kế hoạch số ${code}`, title: null,
          issuedOn: '2024-01-15', term: null, issuerId: parent.id, quotes: [sentence(`${parentName} ban hành Kế hoạch số ${code}.`)],
        };
        plans.push(doc);
        disseminations.push({ meetingId: meeting.id, documentId: doc.id, quote: sentence(`${title} quán triệt Kế hoạch số ${code}.`) });
      }
    }
  }
  return {
    source: { id: src, url, title: `Tin thử nghiệm ${name}`, publisher: null, author: null, publishedOn: '2024-12-01', text: lines.join('\n') },
    organizations, documents: plans, meetings: meetingList, persons: [], speeches: [], implementations: [],
    disseminations, basedOn: [], figures: [],
  };
}

/** A plan of source `id` with nothing in it but what `parts` adds. */
export function planOf(id: string, parts: Partial<GraphPlan> = {}, text = `text of ${id}`): GraphPlan {
  return {
    source: { id, url: null, title: null, publisher: null, author: null, publishedOn: null, text },
    organizations: [],
    documents: [],
    meetings: [],
    persons: [],
    speeches: [],
    implementations: [],
    disseminations: [],
    basedOn: [],
    figures: [],
    ...parts,
  };
}
