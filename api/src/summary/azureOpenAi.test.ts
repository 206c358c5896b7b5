import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { AzureOpenAiError, readSummaryAnswer } from './azureOpenAi.js';

const AZURE = {
  AZURE_OPENAI_ENDPOINT: 'https://contoso.openai.azure.com/',
  AZURE_OPENAI_DEPLOYMENT: 'gpt-4o',
  AZURE_OPENAI_API_KEY: 'key',
};

describe('Azure OpenAI configuration', () => {
  it('is off unless configured, and needs all three variables', () => {
    expect(loadConfig({}).azureOpenAi).toBeNull();
    expect(loadConfig(AZURE).azureOpenAi).toEqual({
      endpoint: 'https://contoso.openai.azure.com',
      deployment: 'gpt-4o',
      apiKey: 'key',
    });
    expect(() => loadConfig({ ...AZURE, AZURE_OPENAI_API_KEY: '' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...AZURE, AZURE_OPENAI_API_KEY: '' })).toThrow(/AZURE_OPENAI_API_KEY/);
  });

  it('sends the key and transcript over plain http only to loopback', () => {
    expect(() => loadConfig({ ...AZURE, AZURE_OPENAI_ENDPOINT: 'http://contoso.example' })).toThrow(/https/);
    expect(
      loadConfig({ ...AZURE, AZURE_OPENAI_ENDPOINT: 'http://127.0.0.1:9999' }).azureOpenAi?.endpoint,
    ).toBe('http://127.0.0.1:9999');
    expect(() => loadConfig({ ...AZURE, AZURE_OPENAI_DEPLOYMENT: 'a/b' })).toThrow(/AZURE_OPENAI_DEPLOYMENT/);
  });
});

describe("reading the deployment's answer", () => {
  const answer = (items: unknown) => JSON.stringify({ items });

  it('takes the asked-for items, joins lists into lines and leaves skipped items empty', () => {
    expect(
      readSummaryAnswer(
        answer([{ agendaItemId: 'a', said: 'S', decisions: ['d1', 'd2'], actionItems: [] }]),
        ['a', 'b'],
      ),
    ).toEqual([
      { agendaItemId: 'a', said: 'S', decisions: 'd1\nd2', actions: '' },
      { agendaItemId: 'b', said: '', decisions: '', actions: '' },
    ]);
  });

  it('refuses anything but the JSON shape asked for', () => {
    const refused = (content: unknown) => {
      try {
        readSummaryAnswer(content, ['a']);
        return null;
      } catch (error) {
        return error instanceof AzureOpenAiError ? error.reason : 'other';
      }
    };
    expect(refused(undefined)).toBe('invalid_response');
    expect(refused('not json')).toBe('invalid_response');
    expect(refused('{"summary":"x"}')).toBe('invalid_response');
    expect(refused(answer([{ agendaItemId: 'a', said: 1, decisions: [], actionItems: [] }]))).toBe(
      'invalid_response',
    );
    expect(refused(answer([{ agendaItemId: 'a', said: 'x', decisions: 'd', actionItems: [] }]))).toBe(
      'invalid_response',
    );
    expect(refused(answer([{ agendaItemId: 'z', said: 'x', decisions: [], actionItems: [] }]))).toBe(
      'invalid_response',
    );
  });
});
