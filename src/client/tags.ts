import type { CallOptions, LanguageCallOptions } from './callOptions.ts';
import type { ClientContext } from './context.ts';
import { jsonOf } from './transport.ts';
import type { SetTagsResponse, TagsList } from '../wire/index.ts';
import { instanceSegments } from './url.ts';

export interface SetTagsOptions extends LanguageCallOptions {
  /** Validate after the change, skipping these sources (`[]` runs all); without it nothing is validated. */
  ignoredValidators?: string[];
}

/** Tags on a data element (e.g. the kind of an attachment). A tag matches `^[\p{L}\-_]+$`. */
export interface TagMethods {
  /** `GET instances/{instanceId}/data/{dataElementId}/tags` */
  getTags(instanceId: string, dataElementId: string, options?: CallOptions): Promise<string[]>;
  /** `PUT instances/{instanceId}/data/{dataElementId}/tags?language=&ignoredValidators=` with `{ tags }`: replaces all. */
  setTags(
    instanceId: string,
    dataElementId: string,
    tags: string[],
    options?: SetTagsOptions,
  ): Promise<SetTagsResponse>;
  /** `POST instances/{instanceId}/data/{dataElementId}/tags` with the tag as a JSON string. Resolves with all tags. */
  addTag(instanceId: string, dataElementId: string, tag: string, options?: CallOptions): Promise<string[]>;
  /** `DELETE instances/{instanceId}/data/{dataElementId}/tags/{tag}` */
  removeTag(instanceId: string, dataElementId: string, tag: string, options?: CallOptions): Promise<void>;
}

export function tagMethods(context: ClientContext): TagMethods {
  const { send } = context;
  const tagsOf = (instanceId: string, dataElementId: string) => [
    ...instanceSegments(instanceId),
    'data',
    dataElementId,
    'tags',
  ];

  return {
    async getTags(instanceId, dataElementId, options = {}) {
      const reply = await send({
        method: 'GET',
        segments: tagsOf(instanceId, dataElementId),
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf<TagsList>(reply).tags ?? [];
    },

    async setTags(instanceId, dataElementId, tags, options = {}) {
      const reply = await send({
        method: 'PUT',
        segments: tagsOf(instanceId, dataElementId),
        query: {
          language: context.language(options.language),
          ignoredValidators: options.ignoredValidators?.join(','),
        },
        json: { tags },
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf(reply);
    },

    async addTag(instanceId, dataElementId, tag, options = {}) {
      const reply = await send({
        method: 'POST',
        segments: tagsOf(instanceId, dataElementId),
        json: tag,
        signal: options.signal,
        headers: options.headers,
      });
      return jsonOf<TagsList>(reply).tags ?? [];
    },

    async removeTag(instanceId, dataElementId, tag, options = {}) {
      await send({
        method: 'DELETE',
        segments: [...tagsOf(instanceId, dataElementId), tag],
        signal: options.signal,
        headers: options.headers,
      });
    },
  };
}
