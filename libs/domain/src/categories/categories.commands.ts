import type { DomainCommand } from '../kernel';

export type AddCategory = DomainCommand<'AddCategory', { slug: string; label: string }>;
export type RenameCategory = DomainCommand<'RenameCategory', { slug: string; label: string }>;
export type RetireCategory = DomainCommand<'RetireCategory', { slug: string }>;
export type RestoreCategory = DomainCommand<'RestoreCategory', { slug: string }>;

export type CategoryCommand = AddCategory | RenameCategory | RetireCategory | RestoreCategory;
