// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Curriculum } from '../../src/core';
import { CurriculumDetails } from '../../src/ui/curriculum/CurriculumDetails';
import { I18nProvider } from '../../src/ui/i18n';

afterEach(cleanup);

const curriculum = { title: 'Training', audience: '', learningGoals: [], trainers: [], place: '', groupSize: 12 } as unknown as Curriculum;

// Issue 12: the rotation check needs the group size, so the trainer can set it with the other details.
describe('the curriculum details', () => {
  it('sets the number of participants, clears it, and keeps it on a value that is not a whole number', () => {
    const onChange = vi.fn();
    render(
      <I18nProvider language="nl">
        <CurriculumDetails curriculum={curriculum} readOnly={false} onChange={onChange} />
      </I18nProvider>,
    );
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Details' })));
    const field = screen.getByLabelText('Aantal deelnemers');
    expect((field as HTMLInputElement).value).toBe('12');
    for (const [typed, size] of [['14', 14], ['', undefined], ['veertien', 12], ['0', 12], ['7.5', 12]] as const) {
      act(() => void fireEvent.change(field, { target: { value: typed } }));
      expect(onChange).toHaveBeenLastCalledWith({ groupSize: size }, 'groupSize');
    }
  });
});
