import { describe, expect, it } from 'vitest';
import { DATA_ELEMENT_ID, fakeFetch, INSTANCE_ID, jsonResponse } from './fakeFetch.ts';
import { APP, clientOver } from './support.ts';

const TAGS_URL = `${APP}/instances/${INSTANCE_ID}/data/${DATA_ELEMENT_ID}/tags`;

describe('tags', () => {
  it('reads the tags, and an absent list as none', async () => {
    const server = fakeFetch(
      () => jsonResponse({ tags: ['kvittering'] }),
      () => jsonResponse({ tags: null }),
    );
    const client = clientOver(server);
    await expect(client.getTags(INSTANCE_ID, DATA_ELEMENT_ID)).resolves.toEqual(['kvittering']);
    await expect(client.getTags(INSTANCE_ID, DATA_ELEMENT_ID)).resolves.toEqual([]);
    expect(server.last.url).toBe(TAGS_URL);
  });

  it('replaces all tags with PUT { tags }', async () => {
    const answer = { tags: ['a', 'b'], validationIssues: [] };
    const server = fakeFetch(() => jsonResponse(answer));
    await expect(
      clientOver(server).setTags(INSTANCE_ID, DATA_ELEMENT_ID, ['a', 'b'], { ignoredValidators: ['Required'] }),
    ).resolves.toEqual(answer);
    expect(server.last.method).toBe('PUT');
    expect(server.last.url).toBe(`${TAGS_URL}?language=nb&ignoredValidators=Required`);
    expect(JSON.parse(server.last.body ?? '')).toEqual({ tags: ['a', 'b'] });
  });

  it('adds one tag as a JSON string body and resolves with all tags', async () => {
    const server = fakeFetch(() => jsonResponse({ tags: ['a', 'ny'] }, { status: 201 }));
    await expect(clientOver(server).addTag(INSTANCE_ID, DATA_ELEMENT_ID, 'ny')).resolves.toEqual(['a', 'ny']);
    expect(server.last.method).toBe('POST');
    expect(server.last.body).toBe('"ny"');
  });

  it('removes a tag, encoding it as one path segment', async () => {
    const server = fakeFetch(() => new Response(null, { status: 204 }));
    await expect(clientOver(server).removeTag(INSTANCE_ID, DATA_ELEMENT_ID, 'før/etter')).resolves.toBeUndefined();
    expect(server.last.method).toBe('DELETE');
    expect(server.last.url).toBe(`${TAGS_URL}/f%C3%B8r%2Fetter`);
  });
});
